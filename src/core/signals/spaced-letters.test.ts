import { describe, expect, it } from 'vitest';
import { withSpacedLettersJoined } from './spaced-letters.js';

describe('withSpacedLettersJoined: a word typed letter by letter', () => {
  it('joins four or more single letters', () => {
    expect(withSpacedLettersJoined('A g e n t!')).toBe('Agent!');
    expect(withSpacedLettersJoined('i want a H U M A N now')).toBe('i want a HUMAN now');
    expect(withSpacedLettersJoined('o.p.e.r.a.t.o.r please')).toBe('operator please');
  });
  it('leaves short words and three letters alone', () => {
    expect(withSpacedLettersJoined('r u a bot')).toBeUndefined();
    expect(withSpacedLettersJoined('i m ok')).toBeUndefined();
    expect(withSpacedLettersJoined('my plan is A B C')).toBeUndefined();
  });
});
