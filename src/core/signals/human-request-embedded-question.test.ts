import { describe, expect, it } from 'vitest';
import { directQuestion } from './human-request-embedded-question.js';

const tokens = (text: string): string[] => text.split(' ');

describe('directQuestion', () => {
  it.each([
    ['can you tell me who i should contact', 'who should i contact'],
    ['could u please let me know how we can reach you', 'how can we reach you'],
    ['please tell me where i can call', 'where can i call'],
    ['may i ask how i should contact', 'how should i contact'],
    ['i d like to know which number i should call', 'which number should i call'],
    [
      'i would like to know whom i should contact regarding a refund',
      'whom should i contact regarding a refund',
    ],
    ['can you tell me who i need to contact', 'who do i need to contact'],
    ['i wanna know who we have to call', 'who do we have to call'],
    ['i was wondering who i could talk to', 'who could i talk to'],
  ])('turns "%s" round as "%s"', (inside, asked) => {
    expect(directQuestion(tokens(inside))?.join(' ')).toBe(asked);
  });

  it.each([
    // no frame that asks to know
    'who should i contact',
    'you told me who i should contact',
    // a frame, but no question word after it
    'can you tell me your number',
    // a question word, but no subject and verb of the speaker after it
    'can you tell me who called',
    'can you tell me who i spoke to',
    // a frame asked of someone else
    'can they tell me who i should contact',
  ])('leaves "%s" as it is', (text) => {
    expect(directQuestion(tokens(text))).toBeUndefined();
  });
});
