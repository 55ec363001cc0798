import { describe, expect, it } from 'vitest';
import { findPii, redactPii } from './pii.js';

const found = (text: string) => findPii(text).map(({ type, value }) => [type, value]);

describe('findPii', () => {
  it('finds emails with offsets into the original text', () => {
    const text = 'Ayşe: ayse.yilmaz+shop@example.com.tr, thanks.';
    const [match] = findPii(text);
    expect(match).toEqual({ type: 'email', start: 6, end: 37, value: 'ayse.yilmaz+shop@example.com.tr' });
    expect(text.slice(match?.start, match?.end)).toBe(match?.value);
    expect(found('mail me @ home, or at user@localhost')).toEqual([]);
  });

  it('finds Turkish, international and North American phone numbers', () => {
    expect(found('0532 123 45 67')).toEqual([['phone', '0532 123 45 67']]);
    expect(found('+90 532 123 45 67')).toEqual([['phone', '+90 532 123 45 67']]);
    expect(found('tel: 05321234567')).toEqual([['phone', '05321234567']]);
    expect(found('(0212) 555 12 12')).toEqual([['phone', '(0212) 555 12 12']]);
    expect(found('call (212) 555-0123')).toEqual([['phone', '(212) 555-0123']]);
    expect(found('+44 20 7946 0958')).toEqual([['phone', '+44 20 7946 0958']]);
  });

  it('leaves order numbers, dates and amounts alone', () => {
    expect(found('order 12345678, ref 5551234, A-4471')).toEqual([]);
    expect(found('on 12.05.2024 at 14:30 I paid 1.234.567 TL')).toEqual([]);
    expect(found('order 2125550123')).toEqual([]);
  });

  it('finds IBANs that pass mod-97, with or without spaces, in any case', () => {
    expect(found('IBAN: TR33 0006 1005 1978 6457 8413 26 thanks')).toEqual([
      ['iban', 'TR33 0006 1005 1978 6457 8413 26'],
    ]);
    expect(found('tr330006100519786457841326')).toEqual([['iban', 'tr330006100519786457841326']]);
    expect(found('DE89 3704 0044 0532 0130 00, GB82WEST12345698765432')).toEqual([
      ['iban', 'DE89 3704 0044 0532 0130 00'],
      ['iban', 'GB82WEST12345698765432'],
    ]);
    expect(found('TR33 0006 1005 1978 6457 8413 27')).toEqual([]);
  });

  it('finds card numbers that pass Luhn, with spaces or dashes', () => {
    expect(found('card 4111 1111 1111 1111 exp 12/26')).toEqual([['card', '4111 1111 1111 1111']]);
    expect(found('5500-0000-0000-0004')).toEqual([['card', '5500-0000-0000-0004']]);
    expect(found('amex 3782 822463 10005')).toEqual([['card', '3782 822463 10005']]);
    expect(found('4111 1111 1111 1112')).toEqual([]);
  });

  it('finds Turkish national ids whose two check digits are right', () => {
    expect(found('TC kimlik no 10000000146')).toEqual([['tr_national_id', '10000000146']]);
    expect(found('TC 10000000147')).toEqual([]);
    expect(found('TC 12345678901')).toEqual([]);
    expect(found('01234567890')).toEqual([]);
  });

  it('resolves overlaps: an IBAN is not also a phone or card, an email not a phone', () => {
    expect(found('TR33 0006 1005 1978 6457 8413 26').map(([type]) => type)).toEqual(['iban']);
    expect(found('05321234567@example.com')).toEqual([['email', '05321234567@example.com']]);
  });

  it('finds several kinds in one message, in text order', () => {
    const text = 'Ben Ayşe, TC 10000000146, tel 0532 123 45 67, mail ayse@example.com, kart 4111111111111111';
    expect(found(text).map(([type]) => type)).toEqual(['tr_national_id', 'phone', 'email', 'card']);
  });
});

describe('redactPii', () => {
  it('replaces each kind with its placeholder', () => {
    expect(
      redactPii(
        'mail a@b.co, tel +90 532 123 45 67, IBAN TR330006100519786457841326, 4111 1111 1111 1111, 10000000146',
      ),
    ).toBe('mail [email], tel [phone], IBAN [iban], [card], [tr_national_id]');
  });

  it('replaces only the kinds asked for', () => {
    expect(redactPii('a@b.co 0532 123 45 67', ['phone'])).toBe('a@b.co [phone]');
    expect(redactPii('nothing here')).toBe('nothing here');
  });
});
