import { describe, expect, it } from 'vitest';
import { isAThingPut, isHelpedByTheSpeaker, isSomeoneActing } from './model-anchor-others.js';

const at = (text: string, word: string) => {
  const tokens = text.split(' ');
  return [tokens, tokens.indexOf(word)] as const;
};

describe('the model anchors that reach nobody', () => {
  it('reads someone doing harm now, told, as nobody to reach', () => {
    expect(isSomeoneActing(...at('someones robbing me', 'someones'))).toBe(true);
    expect(isSomeoneActing(...at('someone is using my card', 'someone'))).toBe(true);
    expect(isSomeoneActing(...at('someone has been accessing my account', 'someone'))).toBe(true);
    expect(isSomeoneActing(...at('is someone available', 'someone'))).toBe(false);
  });

  it('reads a thing put somewhere, not someone put on the line', () => {
    expect(isAThingPut(...at('put this in the bag', 'put'))).toBe(true);
    expect(isAThingPut(...at('put them on the phone', 'put'))).toBe(false);
    expect(isAThingPut(...at('put me through', 'put'))).toBe(false);
  });

  it('reads the speaker helping someone, not someone helping the speaker', () => {
    expect(isHelpedByTheSpeaker(...at('i want to help someone who blocked her line', 'someone'))).toBe(true);
    expect(isHelpedByTheSpeaker(...at('i want someone to help me', 'someone'))).toBe(false);
  });
});
