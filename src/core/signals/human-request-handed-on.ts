// A thing handed on to someone, not the speaker put through: "transfer my season pass to someone else", "can the
// flight be transferred to another date", "I want to transfer ownership of the car", "biletimi başka birine
// devredebilir miyim". The speaker ("transfer me"), their case or call ("pass my complaint to a manager", "transfer
// this chat to an agent") is still put through.
import { words } from './human-request-cues.js';
import { TURKISH_SPEAKER } from './human-request-turkish.js';
import type { SignalLocale } from './detect-locale.js';

const HANDING = new Set(
  words(
    `transfer transferred transferring move moved pass passed give gave sell sold gift assign assigned reassign`,
  ),
);
const PASSIVE = new Set(words(`be been is are was get got being`));
// Things that change hands: a booking, a pass, money, ownership ("ticket" is also a support ticket, left out).
const THINGS = new Set(
  words(`booking bookings reservation reservations pass passes membership subscription ownership car vehicle money
    funds points miles balance voucher vouchers seat seats flight flights appointment appointments plan policy
    licence license domain tickets shares stock lease tenancy contract season deposit credit`),
);
const OBJECT_MOST = 5;
// Where money or a thing goes when it goes to someone's.
const GOALS = new Set(
  words(`account accounts savings checking card wallet iban name balance number policy booking`),
);

function isEnglishThingHandedOn(clause: readonly string[]): boolean {
  const verb = clause.findIndex((token) => HANDING.has(token));
  if (verb < 0) {
    return false;
  }
  // "can the flight be transferred to a different date": a thing as the subject of the passive.
  const named = PASSIVE.has(clause[verb - 1] ?? '')
    ? clause.slice(Math.max(0, verb - 4), verb - 1)
    : clause.slice(verb + 1, verb + 1 + OBJECT_MOST);
  const to = named.indexOf('to');
  // "transfer to someone's savings", "move it to the agent's account": the goal is a thing of someone's.
  const owner = to < 0 ? -1 : named.indexOf('s', to + 2);
  if (owner >= 0 && owner <= to + 3 && GOALS.has(named[owner + 1] ?? '')) {
    return true;
  }
  const object = to < 0 ? named : named.slice(0, to);
  // "whoever sold me this policy": handed to the speaker, who is named.
  return !object.includes('me') && !object.includes('us') && object.some((token) => THINGS.has(token));
}

// Turkish: "biletimi başka birine devredebilir miyim", "rezervasyonu başkasına nasıl aktarırım": a thing in the
// accusative handed to someone else; "kişiden kişiye transfer" moves money.
const TURKISH_HANDING = /^(?:aktar|devret|devred|transfer|gonder|yonlendir)/;
const TURKISH_THINGS = /^(?:bilet|rezervasyon|uyelik|abonelik|para|puan|arac|araba|sahiplik|koltuk|randevu)/;

function isTurkishThingHandedOn(clause: readonly string[]): boolean {
  if (clause.some((token, index) => token === 'kisiden' && clause[index + 1] === 'kisiye')) {
    return true;
  }
  const to = clause.findIndex(
    (token, index) => token === 'baskasina' || (token === 'birine' && clause[index - 1] === 'baska'),
  );
  if (to < 1 || !clause.slice(to + 1, to + 4).some((token) => TURKISH_HANDING.test(token))) {
    return false;
  }
  const before = clause.slice(0, to);
  return (
    !before.some((token) => TURKISH_SPEAKER.has(token)) && before.some((token) => TURKISH_THINGS.test(token))
  );
}

/** Whether a clause hands a thing on to someone rather than putting the speaker through. */
export function isAThingHandedOn(clause: readonly string[], language: SignalLocale): boolean {
  return language === 'tr' ? isTurkishThingHandedOn(clause) : isEnglishThingHandedOn(clause);
}
