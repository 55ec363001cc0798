// Checksums and shapes that tell real card numbers, IBANs, Turkish national ids and phone numbers apart.

/** Whether a string of digits passes the Luhn check used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let isDoubled = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (isDoubled) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
    isDoubled = !isDoubled;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const NATIONAL_ID = /^[1-9]\d{10}$/;
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;

/** Whether 11 digits form a valid Turkish national id (TC Kimlik No): first digit not 0, both check digits right. */
export function isTurkishNationalId(digits: string): boolean {
  if (!NATIONAL_ID.test(digits)) {
    return false;
  }
  const d = [...digits].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((sum, digit) => sum + digit, 0) % 10;
  return tenth === d[9] && eleventh === d[10];
}

/** IBAN length per country (ISO 13616 registry), so a match takes exactly that many characters. */
// prettier-ignore
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** Whether an IBAN (upper case, no spaces) passes the ISO 7064 mod-97 check. */
export function isIbanValid(iban: string): boolean {
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length || !IBAN_SHAPE.test(iban)) {
    return false;
  }
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    // Letters count as two digits (A = 10 … Z = 35).
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** How a run of digits was written: a leading `+`, separators, and its digit groups. */
export interface DigitShape {
  digits: string;
  hasPlus: boolean;
  groups: readonly number[];
}

const NANP = /^1?[2-9]\d{2}[2-9]\d{6}$/;
// Groupings a North American number is written in: 555 234 5678, 1 800 555 0199.
const NANP_GROUPS = new Set(['3,3,4', '1,3,3,4']);
const TURKISH_MOBILE = /^5\d{9}$/;
const TURKISH_NUMBER = /^0[2-58]\d{9}$/;

/** Whether a digit run is a phone number: international with `+`, Turkish, or North American. */
export function isPhoneShape({ digits, hasPlus, groups }: DigitShape): boolean {
  if (hasPlus) {
    return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0';
  }
  if (
    TURKISH_NUMBER.test(digits) ||
    (digits.startsWith('90') && TURKISH_NUMBER.test(`0${digits.slice(2)}`))
  ) {
    return true;
  }
  if (TURKISH_MOBILE.test(digits)) {
    return true;
  }
  // Ten plain digits could be an order number; a North American number needs its usual grouping.
  return NANP.test(digits) && NANP_GROUPS.has(groups.join(','));
}

const CARD_PREFIX = /^(?:[2-6]|9792)/;

/** Whether groups are written the way cards are: one block, fours (the last may be shorter), or 4-6-5. */
function isCardGrouping(groups: readonly number[]): boolean {
  if (groups.length === 1 || groups.join(',') === '4,6,5') {
    return true;
  }
  return groups.slice(0, -1).every((size) => size === 4) && (groups.at(-1) ?? 0) <= 4;
}

/** Whether a digit run is a payment card number: 13–19 digits, an issuer prefix, Luhn-valid, no `+`. */
export function isCardShape({ digits, hasPlus, groups }: DigitShape): boolean {
  return (
    !hasPlus &&
    digits.length >= 13 &&
    digits.length <= 19 &&
    CARD_PREFIX.test(digits) &&
    isCardGrouping(groups) &&
    isLuhnValid(digits)
  );
}
