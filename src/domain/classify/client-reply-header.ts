/**
 * Where a mail client's header above a quoted earlier message starts, in any language: the clients write
 * their line ("Am Mo., 7. Dez. 2026 um 10:02 Uhr schrieb Team <privacy@…>:", "2026年12月7日(月) 10:02
 * Team <privacy@…>:") or block ("Von: … / Gesendet: …", "От: … / Отправлено: …") in the writer's
 * language, and `clean-body.ts` names the words of ten languages only. What they share is their shape: an
 * address and a time of day on a line that ends in a colon, or a "label: address" line followed by a
 * "label: date and time" line.
 */

// An address in angle or round brackets, or after "mailto:", as clients write the quoted sender.
const BRACKETED_ADDRESS = /[<([](?:mailto:)?[^\s<>()@]+@[^\s<>()]+[>)\]]/;
// A time of day: "10:02", "10.02", "10h02"; not a part of a date or a number ("12.03.1990", "1.234,50").
const TIME_OF_DAY = /(?<![\d.:,])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![.:,]?\d)/;
const ENDS_IN_COLON = /[:：]\s*$/;
// "Von: …", "Enviado el: …", "送信日時: …", "*From:* …": a short label of letters, then a colon.
const LABEL_LINE = /^\*?\p{L}[\p{L}\p{M} .]{0,24}\*?\s?[:：]\*?\s*\S/u;
const ADDRESS = /[^\s<>()@]+@[^\s<>()]+\.[^\s<>()]+/;
// A line longer than this is a sentence of the writer's, not a client's header.
const HEADER_LINE_CHARS = 320;

/**
 * The index in `body` of the first client header that has the writer's own text above it, or -1. A header
 * at the very top is left alone: the message is then a forward of the earlier one, and is read whole.
 */
export function clientReplyHeaderIndex(body: string): number {
  // Both shapes name an address: most mail has none and is not scanned line by line.
  if (!body.includes('@')) return -1;
  const lines = body.split('\n');
  let offset = 0;
  let ownText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ownText && line.length <= HEADER_LINE_CHARS && line.includes('@') && isHeaderAt(lines, i))
      return offset;
    if (line.trim() !== '') ownText = true;
    offset += line.length + 1;
  }
  return -1;
}

function isHeaderAt(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  const next = (lines[i + 1] ?? '').trim();
  // Gmail and Apple Mail: one line (sometimes wrapped once) with the sender's address and the time.
  const clientLine = next !== '' && !ENDS_IN_COLON.test(line) ? `${line} ${next}` : line;
  if (
    clientLine.length <= HEADER_LINE_CHARS &&
    ENDS_IN_COLON.test(clientLine) &&
    BRACKETED_ADDRESS.test(clientLine) &&
    TIME_OF_DAY.test(clientLine)
  )
    return true;
  // Outlook: "label: sender" over "label: date and time".
  return LABEL_LINE.test(line) && ADDRESS.test(line) && LABEL_LINE.test(next) && TIME_OF_DAY.test(next);
}
