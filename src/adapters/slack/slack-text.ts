/**
 * Turns the text Slack sends with a slash command back into what the person typed: Slack escapes
 * `& < >` and wraps mentions and links (`<@U123|jane>`, `<mailto:a@b.c|a@b.c>`), see
 * https://api.slack.com/reference/surfaces/formatting#escaping. Mentions become our actor ids.
 */

export const SLACK_ACTOR_PREFIX = 'slack:';

export function actorIdOf(userId: string): string {
  return `${SLACK_ACTOR_PREFIX}${userId}`;
}

/**
 * `<@U123|jane>` → `slack:U123`; `<mailto:x|label>` and `<url|label>` → label; entities decoded. A wrapped
 * part never holds a `<` (Slack sends a typed one as `&lt;`), so no pattern reads past the next one: linear
 * on text of many unclosed `<@U…|`.
 */
export function unescapeCommandText(text: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/g, (_, id: string) => actorIdOf(id))
    .replace(/<#[CG][A-Z0-9]+\|([^<>]*)>/g, (_, name: string) => `#${name}`)
    .replace(/<(?:mailto:)?([^<>|]+)\|([^<>]*)>/g, (_, _target: string, label: string) => label)
    .replace(/<(?:mailto:)?([^<>|]+)>/g, (_, target: string) => target)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * mrkdwn has no escape for `*`, `_`, `~` or a backtick, but each opens or closes formatting only beside a
 * space, punctuation or the line's edge. Such a marker is put between two U+2060 WORD JOINERs (invisible,
 * joining no glyphs), so it opens and closes nothing and `*urgent* _x_ ~y~` in a name shows as typed. A
 * marker between two letters or digits (`jane_doe@example.org`) formats nothing and is left as it is, so
 * the address can still be copied.
 */
const WORD_JOINER = '\u2060';
const MARKUP_MARKER = /(?<![\p{L}\p{N}])[*_~`]|[*_~`](?![\p{L}\p{N}])/gu;

/**
 * Escapes text we put into mrkdwn so that a name, a note or a reply cannot ping a channel, forge a
 * link, or format itself (bold, italic, strike, code).
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKUP_MARKER, `${WORD_JOINER}$&${WORD_JOINER}`);
}

/** Shows our actor id as a Slack mention when it is a Slack user, else as plain text. */
export function mentionOf(actorId: string): string {
  return actorId.startsWith(SLACK_ACTOR_PREFIX)
    ? `<@${actorId.slice(SLACK_ACTOR_PREFIX.length)}>`
    : escapeMrkdwn(actorId);
}
