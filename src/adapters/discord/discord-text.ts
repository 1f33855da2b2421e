/**
 * Our actor ids for Discord users, and the text a person typed after `/rights`: a user mention
 * (`<@123…>`, or `<@!123…>` from older clients) becomes our actor id, so `assign RD-1042 @jane` names her.
 * Text we put into a message is escaped, so a note cannot format or forge anything.
 */
import { escapeMarkdown } from 'discord.js';

export const DISCORD_ACTOR_PREFIX = 'discord:';

export function actorIdOf(userId: string): string {
  return `${DISCORD_ACTOR_PREFIX}${userId}`;
}

/** `<@1234…>` → `discord:1234…`; everything else is left as typed (Discord does not escape option text). */
export function commandTextOf(text: string): string {
  return text.replace(/<@!?(\d{17,20})>/g, (_, id: string) => actorIdOf(id));
}

/**
 * What discord.js leaves alone by default and mail can carry: a subject `[Log in](https://evil.example)`
 * would be a link staff click, `# ` a heading that shouts over the ticket.
 */
const ALSO_ESCAPED = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;

/**
 * A character Discord formats with (`[` opens a masked link) that no backslash escapes: one after an
 * even run of them, which escape each other. discord.js misses some: its masked-link escape matches
 * `\[.+]\(.+\)` greedily, so only the first link of a line was escaped and
 * `[a](https://a.example) [Log in](https://evil.example)` kept the second a link; and of `____` it
 * escapes three. Inside a link too: a link from mail may break, it may not format.
 */
const UNESCAPED = /(?<!\\)((?:\\\\)*)([[_*~|`])/g;

/** `<@id>`, `<#id>`, `<:emoji:id>`, `<t:…>`, `</cmd:id>`: what Discord renders as a pill, not text. */
const MENTION_LIKE = /<(?=[@#:/]|[at]:|id:)/g;

/**
 * Text from a ticket or a person, safe to show in Markdown. A mention pill from mail would look like
 * staff naming a colleague (allowed_mentions stops the ping, not the pill), and a line opening with `>`
 * or `-#` a quote or small print: each is escaped too.
 */
export function escaped(text: string): string {
  return escapeMarkdown(text, ALSO_ESCAPED)
    .replace(UNESCAPED, '$1\\$2')
    .replace(MENTION_LIKE, '\\<')
    .replace(/^(>|-#)/gm, '\\$1');
}

/** Shows our actor id as a Discord mention when it is a Discord user, else as plain text. */
export function mentionOf(actorId: string): string {
  return actorId.startsWith(DISCORD_ACTOR_PREFIX)
    ? `<@${actorId.slice(DISCORD_ACTOR_PREFIX.length)}>`
    : escaped(actorId);
}

/**
 * Cuts text to Discord's limit for where it goes (embed description 4096, field value 1024, content
 * 2000), never between the two halves of a character outside the BMP (an emoji), which would leave
 * half a character in the message.
 */
export function clipped(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}
