import { describe, expect, it } from 'vitest';
import { withoutHandles } from './social-handles.js';

describe('withoutHandles', () => {
  it('leaves out a handle at the start or after a space', () => {
    expect(withoutHandles('@RentWheels who do I call?')).toBe('who do I call?');
    expect(withoutHandles('hey @zip_tel and @Metro.Bus dm me')).toBe('hey  and  dm me');
  });

  it('keeps an e-mail address and a text with no handle as they are', () => {
    expect(withoutHandles('write to help@shop.com')).toBe('write to help@shop.com');
    const plain = 'can I talk to a person';
    expect(withoutHandles(plain)).toBe(plain);
  });

  it('reads handles in other scripts', () => {
    expect(withoutHandles('@HızlıNet bir yetkili arasın')).toBe('bir yetkili arasın');
  });
});
