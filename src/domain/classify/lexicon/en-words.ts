/** Word groups the English cue files share: whose data, and what people call it. */

/** Whose data: the writer's, or a client's an agent or parent writes for. */
export const WHO = "(?:my|his|her|their|our client's|the consumer's)";
export const DATA = '(?:personal )?(?:data|information|info|details)';
/** A field of one's record that can be wrong. */
export const FIELD =
  '(?:name|surname|last name|first name|e-?mail address|address|postal address|phone number|mobile number|date of birth|birth ?date|birthday|job title|company name)';
