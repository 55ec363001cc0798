import { describe, expect, it } from 'vitest';
import { isOnTheSpeakersSide } from './human-request-own-side.js';
import { tokenize } from './normalise.js';

describe("isOnTheSpeakersSide: the speaker's own people, not the business's", () => {
  it.each([
    ['someone on their side', 'i need to talk to someone at my company first'],
    ['someone a few words from where they sit', 'someone in charge at our firm has to sign it'],
    ['an answer put off', 'let me talk to someone and get back to you'],
    ['a call they will make', 'our manager will call you'],
    ['consulting their own', "i'll check with my boss"],
    ['becoming one', 'how do i become one of your agents'],
  ])('%s: %s', (_kind, text) => {
    expect(isOnTheSpeakersSide(tokenize(text))).toBe(true);
  });

  it.each([
    ['the business asked for its people', 'i want to talk to someone in your team'],
    ['a call back asked for', 'can your manager call me back'],
    ['being put through', 'i want to be put through to an agent'],
    ['the speaker let through', 'let me talk to your supervisor'],
  ])('%s: %s', (_kind, text) => {
    expect(isOnTheSpeakersSide(tokenize(text))).toBe(false);
  });
});
