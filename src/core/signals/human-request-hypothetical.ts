// A question about what would happen, not a request now: "would I be able to talk to a person if the app is down?",
// "if the bot can't solve it, does it pass me to a human automatically?", "suppose I wanted a manager to review this,
// how long would that take?", "uygulama çökerse bir insanla görüşebilir miyim". A polite "if" ("if possible", "if
// someone is free", "mümkünse", "bağlarsanız sevinirim") still asks.
import { words } from './human-request-cues.js';

// The words after "if" that make it a situation imagined: "if the app is down", "if my card is stolen", "if I book".
const IMAGINED_AFTER_IF = new Set(words(`the my your ur a an this our i we they bot app`));
// "if i can", "if i may", "if i could": polite.
const POLITE_AFTER_I = new Set(words(`can may could might`));
// The question asks what would happen: "would I be able", "will it", "does it"; "would you…" asks of the business.
const WOULD_OPENERS = new Set(words(`would will does do`));
const OPENING = new Set(words(`so and but ok okay hi hello um`));
const IMAGINING = new Set(words(`suppose supposing hypothetically imagine`));

function isWouldAt(clause: readonly string[], at: number): boolean {
  return WOULD_OPENERS.has(clause[at] ?? '') && clause[at + 1] !== 'you' && clause[at + 1] !== 'u';
}

// "would I be able…", or after the "if" that opens the sentence: "if the bot can't solve it does it pass me on".
const THE_ONE_ASKED = new Set(words(`i it they someone somebody anyone the a`));

function opensWithWould(clause: readonly string[]): boolean {
  let at = 0;
  while (OPENING.has(clause[at] ?? '')) {
    at += 1;
  }
  if (clause[at] === 'if') {
    return clause.some(
      (token, index) =>
        index > at + 2 && isWouldAt(clause, index) && THE_ONE_ASKED.has(clause[index + 1] ?? ''),
    );
  }
  return isWouldAt(clause, at);
}

function hasImaginedIf(message: readonly string[]): boolean {
  return message.some(
    (token, index) =>
      (token === 'if' &&
        IMAGINED_AFTER_IF.has(message[index + 1] ?? '') &&
        !(message[index + 1] === 'i' && POLITE_AFTER_I.has(message[index + 2] ?? ''))) ||
      (token === 'what' && message[index + 1] === 'if'),
  );
}

/** Whether an English clause, in its message, asks what would happen rather than for anyone now. */
export function asksWhatWouldHappen(clause: readonly string[], message: readonly string[]): boolean {
  if (IMAGINING.has(message[0] ?? '')) {
    return true;
  }
  return opensWithWould(clause) && hasImaginedIf(message);
}

// Turkish: a condition in the third person's aorist ("çökerse", "bozulursa", "olmazsa") and a question at the end;
// "mümkünse", "müsaitseniz" and the second person ("bağlarsanız") are polite.
const TURKISH_IMAGINED = /^\p{L}{2,}(?:[aeiu]rs[ae]|m[ae]zs[ae])$/u;
const TURKISH_POLITE = /^(?:mumkunse|musaitse|istersen|isterseniz|olursa)$/;
// "…görüşebilir miyim", "…bağlanır mı": the speaker's case asked; "fiyat düşerse beni arar mısınız" tells the
// business what to do when it happens, a call back asked.
const TURKISH_QUESTION = /^m[iu](?:y[iu]m|y[iu]z)?$/;

/** Whether a Turkish clause asks what would happen in an imagined case. */
export function asksWhatWouldHappenInTurkish(clause: readonly string[]): boolean {
  return (
    TURKISH_QUESTION.test(clause[clause.length - 1] ?? '') &&
    clause.some((token) => TURKISH_IMAGINED.test(token) && !TURKISH_POLITE.test(token))
  );
}
