import { describe, expect, it } from 'vitest';
import {
  directQuestion,
  howAskedAsWhatToDo,
  infinitiveQuestion,
  softenedRequest,
  withoutCourtesyTail,
  withoutPurposeTail,
  withoutSoftening,
} from './human-request-plain-wordings.js';

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

describe('softenedRequest', () => {
  it.each([
    ['if you could please maybe contact me', 'could you please contact me'],
    ['so if you could call me back', 'could you call me back'],
    ['i d appreciate it if you could call me', 'could you call me'],
    ['it would be great if someone could get back to me', 'could someone get back to me'],
    ['we would be grateful if anyone can help', 'can anyone help'],
  ])('reads "%s" as "%s"', (softened, asked) => {
    expect(softenedRequest(tokens(softened))?.join(' ')).toBe(asked);
  });

  it.each([
    // a real condition of the speaker's
    'if i want an agent what do i do',
    // no one asked of after "if"
    'i d appreciate it if the parcel came today',
    // thanks too far from "if" to frame it
    'thanks for the great help yesterday and if you could call me',
    'could you call me',
  ])('leaves "%s" as it is', (text) => {
    expect(softenedRequest(tokens(text))).toBeUndefined();
  });
});

describe('withoutCourtesyTail', () => {
  it.each([
    ['call me at your earliest convenience', 'call me'],
    ['contact me as soon as possible please', 'contact me please'],
    ['ring me back when you get a chance thanks', 'ring me back thanks'],
    ['please email me thanks', 'please email me'],
    ['is there a number i can call asap', 'is there a number i can call'],
    ['please email me right now lol', 'please email me'],
  ])('reads "%s" as "%s"', (courteous, plain) => {
    expect(withoutCourtesyTail(tokens(courteous))?.join(' ')).toBe(plain);
  });

  it.each(['call me', 'as soon as possible', 'when you can', 'thanks', 'ok thanks'])(
    'leaves "%s" as it is',
    (text) => {
      expect(withoutCourtesyTail(tokens(text))).toBeUndefined();
    },
  );
});

describe('withoutPurposeTail', () => {
  it.each([
    ['could you dm me and tell me the reasons', 'could you dm me'],
    ['please email me regarding the refund', 'please email me'],
    ['can someone call me back about the missing parcel', 'can someone call me back'],
    ['could someone give me a ring about my holiday pay', 'could someone give me a ring'],
    ['can you email us asap so we can pay', 'can you email us'],
  ])('reads "%s" as "%s"', (long, request) => {
    expect(withoutPurposeTail(tokens(long))?.join(' ')).toBe(request);
  });

  it.each([
    // "and" joining a second one to be written to
    'can you email me and my wife the tickets',
    // "to" after the means says what the means is for
    'what number do i call to activate the card',
    'is the contact email for me on the system',
    // "to" after the one reached names where they are sent
    'can you transfer me to sales my friend',
    // nothing before the tail long enough to be a request
    'me and my wife',
    'call me',
  ])('leaves "%s" as it is', (text) => {
    expect(withoutPurposeTail(tokens(text))).toBeUndefined();
  });
});

describe('withoutSoftening', () => {
  it.each([
    ['please just call me', 'please call me'],
    ['could you maybe call me back', 'could you call me back'],
    ['can someone also email me', 'can someone email me'],
    ['please also contact me', 'please contact me'],
  ])('reads "%s" as "%s"', (softened, plain) => {
    expect(withoutSoftening(tokens(softened))?.join(' ')).toBe(plain);
  });

  it.each(['just call me', 'i just called you', 'maybe later', 'please call me'])(
    'leaves "%s" as it is',
    (text) => {
      expect(withoutSoftening(tokens(text))).toBeUndefined();
    },
  );
});

describe('howAskedAsWhatToDo', () => {
  it.each([
    ['what can i do to contact you', 'how can i contact you'],
    ['what should we do to reach your team', 'how should we reach your team'],
    ['what do i need to do to get in touch', 'how do i get in touch'],
    ['what do we have to do in order to speak to someone', 'how do we speak to someone'],
  ])('reads "%s" as "%s"', (asked, how) => {
    expect(howAskedAsWhatToDo(tokens(asked))?.join(' ')).toBe(how);
  });

  it.each([
    'what can i do',
    'what do you do to help',
    'what did i do to deserve this',
    'what should i do to',
  ])('leaves "%s" as it is', (text) => {
    expect(howAskedAsWhatToDo(tokens(text))).toBeUndefined();
  });
});

describe('infinitiveQuestion', () => {
  it.each([
    ['who to contact about a refund', 'who should i contact about a refund'],
    ['whom to call if my card is lost', 'whom should i call if my card is lost'],
    ['where to ring for billing', 'where should i ring for billing'],
  ])('reads "%s" as "%s"', (asked, modal) => {
    expect(infinitiveQuestion(tokens(asked))?.join(' ')).toBe(modal);
  });

  it.each(['who to', 'how to contact you', 'who is there', 'i know who to call'])(
    'leaves "%s" as it is',
    (text) => {
      expect(infinitiveQuestion(tokens(text))).toBeUndefined();
    },
  );
});
