/**
 * Characters a reader does not see but a program matches: bidi embeddings, overrides and isolates,
 * which reorder the text shown next to them, and invisible marks ("Ad\u200bmin" is not "Admin",
 * "jane\u200b@example.com" is no address to a redaction pattern). One list for intake's subjects and
 * names and for every text masked before a chat, a log or an evidence pack shows it.
 */

/** Embeddings, overrides and isolates: in a name or subject they reorder what staff read next to it. */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Marks and invisible characters that change nothing a reader sees but what a search, a filter or a
 * comparison matches: directional marks, zero-width space, word joiner and invisible operators, BOM,
 * soft hyphen. The zero-width (non-)joiners stay: emoji sequences and Persian words need them.
 */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u2060-\u2064\ufeff]/g;

/** The text as a reader sees it, in the order it is stored. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(BIDI_CONTROL, '').replace(INVISIBLE, '');
}
