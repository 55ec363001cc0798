// A reply on a social network opens with, or names, the accounts it answers ("@RentWheels who do I call about a fuel
// charge?"): a handle names an account, not a word of the message, so it is read as if absent.

// "@name" at the start or after a space; an e-mail address ("help@shop.com") keeps its "@".
const HANDLE = /(^|\s)@[\p{L}\p{N}_.]+/gu;

/** The text without its social-network handles, or the text itself when it has none. */
export function withoutHandles(text: string): string {
  return text.includes('@') ? text.replace(HANDLE, '$1').trim() : text;
}
