// The words that anchor the model's reading (a person, a team, a way of contact, the bot), read once per word.
import {
  ENGLISH_CUES,
  ENGLISH_ROLES,
  TURKISH_CUES,
  TURKISH_LINKING_VERBS,
  TURKISH_ROLES,
  words,
} from './human-request-cues.js';
import { readEnglishIn, readTurkishIn } from './model-anchor-typos.js';
import { makeTokenMemo } from './token-memo.js';

const ENGLISH_ANCHORS = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets.filter((word) => !ENGLISH_ROLES.includes(word)),
  ...ENGLISH_CUES.contactVerbs,
  ...ENGLISH_CUES.qualifiers,
  ...ENGLISH_CUES.pairTargets.flat(),
  ...words(`bot bots robot robots machine chatbot automated automatic ai assistant assistants escalation escalating
    escalated phone ring callback telephone desk helpdesk technician technicians engineer expert experts
    receptionist reception centre center sales billing accounts security office helpline hotline lead senior
    superior boss owner men woman man guy lady rp ppl folks consultant consultants colleague colleagues computer
    livechat some1 sum1 any1 live enquiries inquiries dept depts`),
]);

const TURKISH_THINGS_ALONE = new Set(words(`hizmet kabul hasta teknik merkez`));

// Turkish stems: a word counts when it starts with one.
const TURKISH_ANCHORS = [
  ...TURKISH_CUES.strongTargets,
  ...TURKISH_CUES.weakTargets.filter((stem) => !TURKISH_ROLES.includes(stem)),
  ...TURKISH_CUES.contactVerbs.filter((stem) => stem.length >= 4 && !TURKISH_LINKING_VERBS.includes(stem)),
  // A pair's word that names a thing alone ("rezalet bir hizmet", "hasta", "teknik bir sorun") anchors only in its pair
  // (model-anchor.ts).
  ...TURKISH_CUES.pairTargets.flat().filter((word) => !TURKISH_THINGS_ALONE.has(word)),
  ...words(`bot robot makine yapay otomat asistan bilgisayar arama aray arayi cagri telefon gorusme destek hat
    santral sube yetkil mudur muduru amir sef uzman teknisyen servis kimse birey insan adam kadin muhatap donus`),
];
// Short Turkish words ("ara", "arayin", "bri" for "biri") count only whole, never inside other words.
const TURKISH_SHORT = new Set(['ara', 'ari', 'arayin', 'arar', 'arasin', 'arayiniz', 'bri']);

// The anchors that name a person or the bot itself, not only a team, a place or a way of contact. The detector does
// not use the difference (on dev data a stricter threshold for team and contact words cost recall and saved almost no
// false alarm: docs/signal-quality.md, round 5); scripts/signals/operating-point.ts tabulates by it.
const ENGLISH_PERSONS = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...words(`someone somebody anyone anybody colleague colleagues people human humans being bot bots robot robots
    chatbot machine automated ai assistant assistants technician technicians engineer expert experts receptionist
    superior boss owner men woman man guy lady ppl folks consultant consultants some1 sum1 any1`),
]);
const TURKISH_PERSONS = [
  ...TURKISH_CUES.strongTargets,
  ...TURKISH_CUES.weakTargets.filter(
    (stem) => stem !== 'ekip' && stem !== 'departman' && !TURKISH_ROLES.includes(stem),
  ),
  ...words(`bot robot makine yapay otomat asistan yetkil mudur muduru amir sef uzman teknisyen kimse birey insan
    adam kadin muhatap`),
];

function readEnglishAnchor(token: string): boolean {
  return readEnglishIn(ENGLISH_ANCHORS, token);
}

function readTurkishAnchor(token: string): boolean {
  return TURKISH_SHORT.has(token) || readTurkishIn(TURKISH_ANCHORS, token);
}

// Each word is read against every anchor (typos, glued words) once; chat repeats its words.
export const isEnglishAnchor = makeTokenMemo(readEnglishAnchor);
export const isTurkishAnchor = makeTokenMemo(readTurkishAnchor);
export const isEnglishPerson = makeTokenMemo((token: string) => readEnglishIn(ENGLISH_PERSONS, token));
export const isTurkishPerson = makeTokenMemo((token: string) => readTurkishIn(TURKISH_PERSONS, token));
