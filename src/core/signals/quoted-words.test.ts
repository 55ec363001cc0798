import { describe, expect, it } from 'vitest';
import { withoutQuotedWords } from './quoted-words.js';

describe('withoutQuotedWords', () => {
  it('blanks a quoted prompt of two or more words, keeping the length', () => {
    const text = 'the menu says "press zero for an operator" and hangs up';
    const blanked = withoutQuotedWords(text);
    expect(blanked).toBe(`the menu says ${' '.repeat('"press zero for an operator"'.length)} and hangs up`);
    expect(blanked?.length).toBe(text.length);
  });

  it('blanks single quotes used as quotes, never an apostrophe', () => {
    expect(withoutQuotedWords("put a 'call me back' link on the customer's page")).toBe(
      `put a ${' '.repeat(14)} link on the customer's page`,
    );
    expect(withoutQuotedWords("the agent's desk isn't open")).toBeUndefined();
  });

  it('blanks one quoted word only after a word that quotes it', () => {
    expect(withoutQuotedWords('i typed "agent" twice')).toBe(`i typed ${' '.repeat(7)} twice`);
    expect(withoutQuotedWords('can you "escalate" this to a manager')).toBeUndefined();
  });

  it('leaves a message that is all quote, or quotes nothing', () => {
    expect(withoutQuotedWords('"talk to a human"')).toBeUndefined();
    expect(withoutQuotedWords('talk to a human')).toBeUndefined();
  });
});
