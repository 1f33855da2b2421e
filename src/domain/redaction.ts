/**
 * Redaction of personal data for channel messages and logs: `jane.roe@example.com` → `j***@example.com`,
 * `Jane Roe` → `J. R.`. The full values are shown only in ephemeral replies to staff whose role allows it.
 */

export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

export function maskName(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]}.`);
  return initials.length > 0 ? initials.join(' ') : '';
}

const ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

/** Masks every email address inside free text (subjects, notes) before it reaches a channel. */
export function maskAddressesIn(text: string): string {
  return text.replace(ADDRESS, (match) => maskAddress(match));
}
