import { describe, expect, it } from 'vitest';
import { markSpokenBreaks, splitClauses } from './human-request-clauses.js';
import { COMPILED_LANGUAGES } from './human-request-languages.js';
import { foldText } from './normalise.js';

const clauses = (text: string, locale: 'en' | 'tr' = 'en') =>
  splitClauses(COMPILED_LANGUAGES[locale], foldText(text)).map((clause) => clause.join(' '));

describe('splitClauses: speech that runs sentences together', () => {
  it('ends a clause before a "so" that opens the speaker’s clause, leaving "so" out', () => {
    expect(clauses('the door is locked so i need someone to phone me')).toEqual([
      'the door is locked',
      'i need someone to phone me',
    ]);
    expect(clauses('it is so slow')).toEqual(['it is so slow']);
  });

  it('starts a clause at a question’s modal with its subject after it', () => {
    expect(clauses('my laptop wont boot can someone from it call me')).toEqual([
      'my laptop wont boot',
      'can someone from it call me',
    ]);
  });

  it('keeps the modal in its clause after a subject, a question word or under a condition', () => {
    expect(clauses('i can you know')).toEqual(['i can you know']);
    expect(clauses('what coffee would you recommend')).toEqual(['what coffee would you recommend']);
    expect(clauses('if i ring the office can someone tell me the fees')).toEqual([
      'if i ring the office can someone tell me the fees',
    ]);
  });

  it('ends a Turkish clause after a verb in the present', () => {
    expect(clauses('kuryeyi arıyorum açmıyor', 'tr')).toEqual(['kuryeyi ariyorum', 'acmiyor']);
  });

  it('ends a Turkish clause after a negative past or "var", not before a question particle', () => {
    expect(clauses('siparişim gelmedi canlı destek', 'tr')).toEqual(['siparisim gelmedi', 'canli destek']);
    expect(clauses('hata var temsilci lütfen', 'tr')).toEqual(['hata var', 'temsilci lutfen']);
    expect(clauses('canlı destek var mı', 'tr')).toEqual(['canli destek var mi']);
    // "-miş" also makes a word describe the next: no break.
    expect(clauses('atanmış bir temsilci var mı', 'tr')).toEqual(['atanmis bir temsilci var mi']);
  });

  it('opens the main clause at a question asked after a condition, for the grammar', () => {
    expect(clauses('if my card is lost where should i call', 'en')).toEqual([
      'if my card is lost',
      'where should i call',
    ]);
    // A question a verb takes stays in its clause.
    expect(clauses('if you know where i can call', 'en')).toEqual(['if you know where i can call']);
    expect(clauses('if i ask who should call me', 'en')).toEqual(['if i ask who should call me']);
  });
});

describe('markSpokenBreaks', () => {
  it('puts a full stop for the space before each break, keeping the length', () => {
    const folded = foldText('the line dropped twice could a real person explain my bill');
    const marked = markSpokenBreaks(folded);
    expect(marked).toBe('the line dropped twice.could a real person explain my bill');
    expect(marked?.length).toBe(folded.length);
  });

  it("breaks before an order to hand over or the speaker's want run on after the matter", () => {
    expect(markSpokenBreaks(foldText('no reply on my claim give me a manager'))).toBe(
      'no reply on my claim.give me a manager',
    );
    expect(markSpokenBreaks(foldText('nobody answers my emails i need action and i talk to whom'))).toBe(
      'nobody answers my emails.i need action and i talk to whom',
    );
    // After a word that leads into it, the same words run on in one clause.
    expect(markSpokenBreaks(foldText('please give me a manager'))).toBeUndefined();
    expect(markSpokenBreaks(foldText('my phone will die before i talk to anyone'))).toBeUndefined();
  });

  it('marks nothing where the writer already broke the sentence, or where nothing breaks', () => {
    expect(markSpokenBreaks(foldText("it's my birthday, can you arrange something"))).toBeUndefined();
    expect(markSpokenBreaks(foldText('please reset my password'))).toBeUndefined();
  });
});
