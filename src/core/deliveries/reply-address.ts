// The reply address of a notification e-mail, `reply+<token>@<reply domain>`: written on the way out, found
// among a reply's recipients on the way back. Pure.

/** The token's alphabet and length: base32 (RFC 4648, lower case) of 20 random bytes is 32 characters. */
const replyAddress = /^reply\+([a-z2-7]{32})@([a-z0-9.-]+)$/;

/** `reply+<token>@<domain>`. */
export function formatReplyAddress(token: string, domain: string): string {
  return `reply+${token}@${domain.toLowerCase()}`;
}

/**
 * The token and domain of a reply address, or null when `address` is not one. Case is ignored: some mail
 * servers upper-case local parts, and the token is lower-case base32.
 */
export function parseReplyAddress(address: string): { token: string; domain: string } | null {
  const match = replyAddress.exec(address.trim().toLowerCase());
  return match?.[1] === undefined || match[2] === undefined ? null : { token: match[1], domain: match[2] };
}

/** The first reply address among `addresses` (a reply's To, Cc, Delivered-To, envelope recipients), or null. */
export function findReplyAddress(addresses: readonly string[]): { token: string; domain: string } | null {
  for (const address of addresses) {
    const found = parseReplyAddress(address);
    if (found !== null) {
      return found;
    }
  }
  return null;
}
