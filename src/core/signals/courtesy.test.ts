import { describe, expect, it } from 'vitest';
import { withoutCourtesy, withoutReference, withoutUrgency, withoutUrgentTail } from './courtesy.js';

describe('the words around a request', () => {
  it.each([
    ['a greeting with a comma', 'hi, phone number', 'en', 'phone number'],
    ['a greeting and thanks', 'hello there - contact details. thank you!', 'en', 'contact details'],
    ['words that take the floor', 'ok so sorry, live agent', 'en', 'live agent'],
    [
      'a Turkish greeting and thanks',
      'merhaba, beni arayin. tesekkurler, iyi calismalar',
      'tr',
      'beni arayin',
    ],
    ['a greeting by name stays', 'hello agent', 'en', 'hello agent'],
    ['"so" opening a story stays', 'so i rang the bank', 'en', 'so i rang the bank'],
    ['nothing but courtesy stays', 'thanks!', 'en', 'thanks!'],
  ] as const)('%s: %s', (_class, text, language, read) => {
    expect(withoutCourtesy(text, language)).toBe(read);
  });

  it.each([
    ['an order number at the end', 'live agent order #48213', 'en', 'live agent'],
    ['a ticket number in brackets', 'support phone number (ticket 77120)', 'en', 'support phone number'],
    ['an account number first', 'account no: a-5521, customer service', 'en', 'customer service'],
    ['a Turkish order number', 'gercek kisi siparis no: 48213', 'tr', 'gercek kisi'],
    ['a number that is no reference stays', 'i need 2 tickets', 'en', 'i need 2 tickets'],
    ['a reference alone stays', 'order #5521', 'en', 'order #5521'],
  ] as const)('%s: %s', (_class, text, language, read) => {
    expect(withoutReference(text, language)).toBe(read);
  });

  it('reads past the urgency that ends a request, and all urgency for the model', () => {
    expect(withoutUrgentTail('support email asap!', 'en')).toBe('support email');
    expect(withoutUrgentTail('bugun ara lutfen', 'tr')).toBe('bugun ara');
    expect(withoutUrgentTail('asap', 'en')).toBe('asap');
    expect(withoutUrgency('who am i talking to asap').trim()).toBe('who am i talking to');
  });
});
