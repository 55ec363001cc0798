// English questions and phrases about people that ask for no one of the business now: when its people work ("are your
// agents available on sundays"), whether it has staff for a service ("do you have staff who can help carry shopping
// to the car"), someone at a place ("is there a manager at the clinic?"), other customers who had something done
// ("can I talk to someone who has had this done?"), and the speaker's own contacts or payees ("how do I call someone
// abroad", "call the last person who rang me", "how long does a transfer to another person take").
import { joinedWords } from './normalise.js';
import { words } from './human-request-cues.js';

const STAFF = String.raw`(?:agents?|staff|people|team|teams|advisers?|advisors?|reps?|representatives?|operators?|customer service|customer support|support|helpline|call centre|call center|humans?)`;
const WHEN = String.raw`(?:weekends?|sundays?|saturdays?|holidays|bank holidays|public holidays|christmas|night|nights|evenings?|24 ?7|24 hours|overnight)`;
// "are your agents available on sundays", "is customer service open at weekends", "is the helpline open 24 7".
const WORKING_HOURS = new RegExp(
  String.raw`^(?:(?:so|and|hi|hey|ok) )?(?:are|is) (?:your|ur|the) (?:\S+ )?${STAFF} (?:available|open|working|around|in|there|on) (?:(?:on|at|during|over|in|the) )*${WHEN}$`,
);
// "do you have staff who can help carry shopping", "do you have people at the store who can help with wheelchair
// access": a service the business's people give, asked; "do you have someone who can help me" asks for one.
const STAFF_FOR_A_SERVICE = new RegExp(
  String.raw`^(?:do|does) (?:you|your \S+) (?:have|employ) (?:any )?(?:staff|people|employees|attendants|porters)(?: (?:at|in) (?:the |your )?\S+(?: \S+){0,2})? (?:who|that) (?:can|could|will) (?:help|assist|carry|lift|push|take)\b`,
);
// "is there a manager at the clinic?", "is there a pharmacist in the store", "is there always a manager on duty at the
// store": whether someone works at a place, the question ending there ("is there a manager at the clinic I can talk
// to" asks, and "is there a human at the box office" calls for anyone at all).
const SOMEONE_AT_A_PLACE = new RegExp(
  String.raw`^(?:is|are) there (?:always |usually |normally |ever )?(?:a|an|any) (?:\S+ )?(?:manager|managers|pharmacist|doctor|nurse|supervisor|staff) (?:on duty |on site |working )?(?:at|in) (?:the|your|this|that) (?:\S+ ){0,2}\S+$`,
);

// "can I talk to someone who has had this done", "anyone I can talk to who had the surgery there": another customer.
const PEERS = new Set(words(`someone somebody anyone anybody people others customers`));
const HAD_IT = new Set(words(`had done been gone used tried got taken`));

function isAPeerAsked(tokens: readonly string[]): boolean {
  const who = tokens.findIndex(
    (token, index) =>
      token === 'who' && tokens.slice(Math.max(0, index - 5), index).some((word) => PEERS.has(word)),
  );
  if (who < 0) {
    return false;
  }
  const verb = tokens[who + 1] ?? '';
  return (
    ((verb === 'has' || verb === 'have') && HAD_IT.has(tokens[who + 2] ?? '')) ||
    (verb === 'had' && tokens[who + 2] !== 'been' && tokens.length > who + 2) ||
    verb === 'went' ||
    verb === 'used'
  );
}

// "how do I call someone abroad", "how do i contact someone on my contact list", "call the last person who rang me",
// "how long does a transfer to another person take": the speaker's own contacts and payees.
const CONTACTS_OF_MINE = new RegExp(
  String.raw`\b(?:someone|somebody|anyone|a person|people) (?:abroad|overseas|in another country|on my contacts?(?: list)?|in my contacts?(?: list)?|from my contacts?)\b|\b(?:the last|the) (?:person|number|caller) (?:who|that) (?:rang|called|phoned|texted|messaged) me\b|\b(?:a|the|my) (?:transfer|payment) to (?:someone|somebody|another person|a person|another account)\b`,
);

/** Whether English tokens ask about people of the business or the speaker's own, and for no one now. */
export function asksAboutPeopleOnly(tokens: readonly string[]): boolean {
  const joined = joinedWords(tokens);
  return (
    WORKING_HOURS.test(joined) ||
    STAFF_FOR_A_SERVICE.test(joined) ||
    SOMEONE_AT_A_PLACE.test(joined) ||
    CONTACTS_OF_MINE.test(joined) ||
    isAPeerAsked(tokens)
  );
}
