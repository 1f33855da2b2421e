/**
 * What postal-mime's address parser reads of one address field (From, To, Cc…). It splits the field into
 * addresses at commas and semicolons, and parses the text after a group's colon again as a list of its
 * own, so each colon nested inside one address has the rest of it read once more, up to 50 levels: a From
 * of 500,000 `g:` (1 MB, under the header limit) took it 9 s, and it is parsed twice. RFC 5322 §3.4 nests
 * no groups, so real mail reads each character once or twice.
 */

/** postal-mime's MAX_NESTED_GROUP_DEPTH: deeper groups are not parsed again. */
const MAX_GROUP_DEPTH = 50;

/** The header fields postal-mime parses as addresses (only the message's own, not a forwarded one's). */
export const ADDRESS_FIELDS: ReadonlySet<string> = new Set([
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'bcc',
  'delivered-to',
  'return-path',
]);

/**
 * Characters read, counting each address's length once per level of group it opens. Colons in quoted
 * strings, comments and angle brackets (a source route) open no group, as for postal-mime's tokenizer.
 */
export function addressFieldCost(value: string): number {
  let cost = 0;
  let segment = 0;
  let colons = 0;
  let quoted = false;
  let comment = 0;
  let angle = false;
  let escaped = false;
  for (const ch of value) {
    segment++;
    if (escaped) escaped = false;
    else if (ch === '\\' && (quoted || comment > 0)) escaped = true;
    else if (quoted) quoted = ch !== '"';
    else if (comment > 0) comment += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    else if (angle) angle = ch !== '>';
    else if (ch === '"') quoted = true;
    else if (ch === '(') comment = 1;
    else if (ch === '<') angle = true;
    else if (ch === ':') colons++;
    else if (ch === ',' || ch === ';') {
      cost += segment * (1 + Math.min(colons, MAX_GROUP_DEPTH));
      segment = 0;
      colons = 0;
    }
  }
  return cost + segment * (1 + Math.min(colons, MAX_GROUP_DEPTH));
}
