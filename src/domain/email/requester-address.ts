/**
 * Whether mail comes from a ticket's requester, by address. Intake keeps senders in lower case, and so
 * does `new` since it was fixed, but a ticket opened by `new` before then may hold a mixed-case address:
 * comparing without case lets that requester's replies join and appeal their ticket, and leaves the stored
 * address as it was (a migration lower-casing it would rewrite the record staff and exports show).
 */
export function isRequesterAddress(address: string | null | undefined, requesterAddress: string): boolean {
  return address ? address.toLowerCase() === requesterAddress.toLowerCase() : false;
}
