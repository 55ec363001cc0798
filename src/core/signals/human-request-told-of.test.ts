import { describe, expect, it } from 'vitest';
import { tellsWhatTheSpeakerWasToldToDo } from './human-request-told-of.js';

const tokens = (text: string) => text.split(' ');

describe('tellsWhatTheSpeakerWasToldToDo', () => {
  it('reads a thing asking the speaker to get in touch as told, not a person sending them', () => {
    expect(
      tellsWhatTheSpeakerWasToldToDo(tokens('i get a notice asking me to get in touch with support')),
    ).toBe(true);
    expect(
      tellsWhatTheSpeakerWasToldToDo(tokens('my manager is asking me to contact your support team')),
    ).toBe(false);
  });

  it('lets a later word of contact ask again only as a verb', () => {
    expect(
      tellsWhatTheSpeakerWasToldToDo(
        tokens('it says contact support i answered the questions and not a single email came back'),
      ),
    ).toBe(true);
    expect(
      tellsWhatTheSpeakerWasToldToDo(tokens('it says contact support so how do i contact support')),
    ).toBe(false);
  });
});
