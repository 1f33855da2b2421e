/**
 * Mail whose lines end in a bare CR (classic Mac OS, some old gateways) and never in LF. RFC 5322 §2.1
 * requires CRLF; the MIME parser splits lines on LF, so such a message reads as one header line: no
 * sender, no subject, no body, and it went to the quarantine under a reason about missing headers. With
 * no LF anywhere the CRs can only be line ends, so each becomes CRLF before parsing (the raw message is
 * stored as it came). Mail with any LF is left alone: a stray CR inside a CRLF message is text.
 */
const CR = 0x0d;
const LF = 0x0a;

export function crLineEndingsAsCrlf(raw: Uint8Array): Uint8Array {
  if (raw.indexOf(LF) !== -1) return raw;
  let crs = 0;
  for (let i = raw.indexOf(CR); i !== -1; i = raw.indexOf(CR, i + 1)) crs++;
  if (crs === 0) return raw;
  const out = new Uint8Array(raw.length + crs);
  let o = 0;
  for (const byte of raw) {
    out[o++] = byte;
    if (byte === CR) out[o++] = LF;
  }
  return out;
}
