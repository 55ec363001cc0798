import { describe, expect, it } from 'vitest';
import { asksForSomeoneByName } from './human-request-named.js';

describe('asksForSomeoneByName: someone of the business asked for by name, as written', () => {
  it.each([
    ['Can I talk to Priya?', 'can i talk to priya'],
    ['hello could I speak with Dr Adeyemi please', 'hello could i speak with dr adeyemi'],
    ["I'd like to speak to Tom Baker about my lease", "i'd like to speak to tom baker"],
    ['Please put me through to Grace.', 'please put me through to grace'],
    ['Is Kemal there?', 'is kemal there?'],
    ['Morning. Is Mrs Novak in today?', 'is mrs novak in today?'],
    ["Sorry, I'd still like to speak with her.", "i'd still like to speak with her"],
    ['So when can I speak to them?', 'when can i speak to them'],
  ])('%s', (text, phrase) => {
    expect(asksForSomeoneByName(text)).toBe(phrase);
  });

  it.each([
    ['a name not written as one', 'can i talk to priya'],
    ['another assistant', 'Can I talk to Siri?'],
    ['a relative', 'I need to speak with Dad'],
    ['a language', 'Can I speak Spanish?'],
    ['a word in capitals, not a name', 'I NEED TO TALK TO MY LANDLORD'],
    ['a name refused', "I don't want to talk to Priya"],
    ['a name told', 'Priya said I could speak to Tom'],
    ['a place asked about', 'Is Lisbon in Portugal?'],
    ['a product asked about', 'Is Netflix available in Turkey?'],
    ['a pronoun with more after it', "I'd like to talk to them about the contract"],
    ['a pronoun refused', "I don't want to speak with her"],
  ])('%s: %s', (_kind, text) => {
    expect(asksForSomeoneByName(text)).toBeNull();
  });
});
