import { describe, expect, it } from 'vitest';
import { isEnglishAnchor, isTurkishAnchor } from './model-anchor-words.js';

// The words that let the model's reading count, typed right or badly; everyday words a letter from one do not.
describe('the model’s anchor words', () => {
  it.each([
    ['temsilci', true],
    ['temilci', true],
    ['cnali', true],
    ['acnli', true],
    ['isnan', true],
    ['donus', true],
    ['yapay', true],
    ['calisan', true],
    ['yanlis', false],
    ['anliyor', false],
    ['calisiyor', false],
    ['yapamiyorum', false],
    ['gorurum', false],
    ['konuyla', false],
    ['sorumu', false],
  ] as const)('Turkish %s: %s', (word, anchors) => {
    expect(isTurkishAnchor(word)).toBe(anchors);
  });

  it.each([
    ['agent', true],
    ['agnet', true],
    ['connected', true],
    ['reconnect', true],
    ['humanagent', true],
    ['connection', false],
    ['connector', false],
    ['automatically', false],
    ['salesforce', false],
    ['personally', false],
    ['some1', true],
    ['needsome1now', true],
    ['smoe1', true],
    ['somewhere', false],
    ['something', false],
    ['sometimes', false],
    ['headphones', false],
    ['microphone', false],
    ['earphones', false],
    ['smartphones', false],
    ['phones', false],
    ['telephone', true],
    ['cellphone', true],
    ['reachable', true],
  ] as const)('English %s: %s', (word, anchors) => {
    expect(isEnglishAnchor(word)).toBe(anchors);
  });
});
