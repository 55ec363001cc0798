// Compiles the per-language cue tables into fast word tests for the human-request matcher.
import type { SignalLocale } from './detect-locale.js';
import { ENGLISH_CUES, type HumanRequestCues, TURKISH_CUES, words, YOU_WORDS } from './human-request-cues.js';
import { isTurkishNegativeVerbEnding, joinEnglishContractions } from './negation.js';
import { makeStemLookup } from './stem-lookup.js';

/** What links a target to a request: a verb of contact, of wanting, a follower ("please"), a question. */
export type CueKind = 'contact' | 'want' | 'follower' | 'question';

/** How one language orders and negates a request; the matcher runs the same steps for both. */
export interface Language {
  cues: HumanRequestCues;
  /** Turkish words are matched as stems, English ones whole. */
  usesStems: boolean;
  prepare(tokens: string[]): string[];
  /** A contact verb in a form that asks for something, possibly negated ("baglamayin"). */
  contactForm(token: string): 'request' | 'negated' | undefined;
  /** Cue kinds looked for before the target (English puts the verb first, Turkish last). */
  cuesBefore: ReadonlySet<CueKind>;
  cuesAfter: ReadonlySet<CueKind>;
  /** Words allowed between a target and a cue after it. */
  fillersAfter: ReadonlySet<string>;
  /** Whether negation follows the verb (Turkish) rather than preceding it (English). */
  negatesAfter: boolean;
  extraCueAfter(tokens: readonly string[], index: number): CueKind | undefined;
}

function wordTest(list: readonly string[], usesStems: boolean): (token: string) => boolean {
  if (!usesStems) {
    const set = new Set(list);
    return (token) => set.has(token);
  }
  const lookup = makeStemLookup(list.map((stem) => [stem, true] as const));
  return (token) => lookup(token) !== undefined;
}

// Turkish request forms after a verb stem: imperative, aorist question, "can I", infinitive, optative; chat
// glues the question particle to the verb ("baglarmisiniz", "gorusebilirmiyim") and says "-iyom" for "-iyorum"; "iletişime
// geçsinler" asks of them, "iletişime geçilsin" in the passive.
const TURKISH_REQUEST_ENDING =
  /^(?:|(?:r|[aeiu]r|y?[ae]b[iu]l[iu]r)(?:m[iu](?:s[iu]n(?:[iu]z)?|y[iu]m|y[iu]z)?)?|y?[iu]n(?:[iu]z)?|y?[ae]b[iu]l[iu]r(?:[iu]m|[iu]z|s[iu]n(?:[iu]z)?)|m[ae](?:k|m|m[ae]|m[iu]z|n[iu]z|l[iu](?:y[iu]m)?|s[iu]n[iu])|y?[ae](?:y[iu]m|l[iu]m)|y?[ae]s[iu]n|s[iu]n|s[iu]nl[ae]r|[iu]ls[iu]n|[iu]?yorum|[iu]?yom)$/;
const TURKISH_THIRD_PERSON_IMPERATIVE = /^(?!m[iu]s[iu]n$)\p{L}+[^r]s[iu]n$/u;
// "yetkiliyle iletişime geçmek istiyorum", "sekreterle bağlantı kurabilir miyim": getting in touch said as a noun and
// a light verb ("kur", "geç"), the pair read as one verb of contact.
const TURKISH_TOUCH_NOUNS = new Set([
  'iletisim',
  'iletisime',
  'baglanti',
  'baglantiya',
  'irtibat',
  'irtibata',
  'temas',
  'temasa',
]);
const TURKISH_TOUCH_VERB = /^(?:kur|gec)/;
// "insanla sohbet etmek istiyorum", "temsilciyle sohbet edebilir miyim": chatting, a noun and "et", read as one verb
// of contact as well; chat writes the future of a wish as "edicem".
const TURKISH_CHAT_VERB = /^e[td](?:ecegim|icem|ecem|icez|ecegiz)?$/;

const HOW_ASKED = new Set(['nasil', 'nereden', 'nerden']);
// "şubeyi nasıl ararım": calling, too, asked how.
const REACHED_IN_THE_AORIST = /^(?:ulas|baglan|gorus|konus|ara)[aeiu]?r[iu][mz]$/;
const UNTIL_SOMEONE_COMES = new Set(['gelene', 'baglanana', 'donene', 'cikana', 'atanana', 'arayana']);
const TURKISH_WAITING = /^bekl(?:iyorum|iyoruz|erim|eyecegim|icem)$/;

function turkishContactForm(): Language['contactForm'] {
  const lookup = makeStemLookup(TURKISH_CUES.contactVerbs.map((stem) => [stem, true] as const));
  return (token) => {
    const found = lookup(token);
    if (found === undefined) {
      return undefined;
    }
    const rest = token.slice(found.stem.length);
    if (isTurkishNegativeVerbEnding(rest)) {
      return 'negated';
    }
    return TURKISH_REQUEST_ENDING.test(rest) ? 'request' : undefined;
  };
}

// Chat writes "to" as "2" ("need 2 talk 2 sum1"): read as "to" when a verb comes before it and a verb of contact, a
// person or an article after it, never before a count ("i need 2 tickets", "speak 2 languages").
const ENGLISH_TEXTED_TO_BEFORE = new Set([
  ...ENGLISH_CUES.contactVerbs,
  ...ENGLISH_CUES.wantVerbs,
  'going',
  'trying',
  'try',
  'able',
]);
const ENGLISH_TEXTED_TO_AFTER = new Set([
  ...ENGLISH_CUES.contactVerbs,
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...words(`a an the some your ur my get`),
]);

// "connect me w/ admissions", "talk w someone": "w" for "with" after a verb of contact or the speaker.
const ENGLISH_TEXTED_WITH_BEFORE = new Set([...ENGLISH_CUES.contactVerbs, 'me', 'us']);

// "callmeback", "ringme asap": a call asked with its spaces lost, as chat types it.
const GLUED_CALLS: ReadonlyMap<string, readonly string[]> = new Map(
  ['call', 'ring'].flatMap((verb) => [
    [`${verb}me`, [verb, 'me']],
    [`${verb}meback`, [verb, 'me', 'back']],
    [`${verb}mebak`, [verb, 'me', 'back']],
  ]),
);

// "put me thru to billing", "need a hooman": spellings of chat, read as the word.
const TEXTED_SPELLINGS = new Map([
  ['thru', 'through'],
  ['thro', 'through'],
  ['hooman', 'human'],
  ['hoomans', 'humans'],
]);

const HESITATIONS = new Set(words(`um umm uh uhh uhm erm hmm`));

function readEnglishTokens(tokens: readonly string[]): string[] {
  const contracted = joinEnglishContractions(tokens);
  // A loop, not flatMap(): flatMap makes an array for each word of every clause.
  const joined: string[] = [];
  for (let index = 0; index < contracted.length; index += 1) {
    const token = contracted[index] as string;
    // "can you guys call me": "you" whoever is addressed; "please um email me": a hesitation, read past.
    if ((token === 'guys' && YOU_WORDS.has(contracted[index - 1] ?? '')) || HESITATIONS.has(token)) {
      continue;
    }
    // "can some one help me": "someone" typed in two words.
    if ((token === 'one' || token === 'body') && joined.at(-1) === 'some') {
      joined[joined.length - 1] = `some${token}`;
      continue;
    }
    const glued = GLUED_CALLS.get(token);
    if (glued === undefined) {
      joined.push(TEXTED_SPELLINGS.get(token) ?? token);
    } else {
      joined.push(...glued);
    }
  }
  for (let index = 1; index < joined.length - 1; index += 1) {
    if (joined[index] === 'w' && ENGLISH_TEXTED_WITH_BEFORE.has(joined[index - 1] ?? '')) {
      joined[index] = 'with';
    }
    if (
      joined[index] === '2' &&
      ENGLISH_TEXTED_TO_BEFORE.has(joined[index - 1] ?? '') &&
      ENGLISH_TEXTED_TO_AFTER.has(joined[index + 1] ?? '')
    ) {
      joined[index] = 'to';
    }
  }
  return joined;
}

// After someone: "someone at the branch I can ask", "anyone to ask"; "is the pharmacist free for a quick chat", "is a
// nurse available to talk": asked for, as a verb of contact after them. Not "ask" alone ("the agent will ask you").
const ASKED_AFTER = new Set(['can', 'could', 'to']);
const FREE = new Set(['free', 'available', 'around']);
const TALKED_AFTER_FREE = new Set(['chat', 'call', 'word', 'talk', 'speak']);
const FREE_MOST = 4;

/** Whether the word at `index` is a talk someone is free for ("free for a quick chat", "available to talk"). */
export function isATalkSomeoneIsFreeFor(tokens: readonly string[], index: number): boolean {
  return (
    TALKED_AFTER_FREE.has(tokens[index] ?? '') &&
    tokens.slice(Math.max(0, index - FREE_MOST), index).some((word) => FREE.has(word))
  );
}

function englishCueAfter(tokens: readonly string[], index: number): CueKind | undefined {
  if (
    (tokens[index] === 'ask' && ASKED_AFTER.has(tokens[index - 1] ?? '')) ||
    isATalkSomeoneIsFreeFor(tokens, index)
  ) {
    return 'contact';
  }
  return undefined;
}

const ENGLISH: Language = {
  cues: ENGLISH_CUES,
  usesStems: false,
  prepare: readEnglishTokens,
  contactForm: (() => {
    const verbs = new Set(ENGLISH_CUES.contactVerbs);
    return (token: string) => (verbs.has(token) ? ('request' as const) : undefined);
  })(),
  cuesBefore: new Set<CueKind>(['contact', 'want', 'question']),
  cuesAfter: new Set<CueKind>(['follower', 'contact']),
  fillersAfter: new Set([
    'i',
    'we',
    'can',
    'could',
    'may',
    'to',
    'with',
    'who',
    'me',
    'now',
    'right',
    // "someone PLEASE call me"
    'please',
    'pls',
    'plz',
    'kindly',
    'just',
    // "is the pharmacist free for a quick chat"
    'free',
    'available',
    'for',
    'a',
    'quick',
    'short',
  ]),
  negatesAfter: false,
  extraCueAfter: englishCueAfter,
};

const turkishContact = turkishContactForm();
const WHERE_ARE_YOU = new Set(words(`nerede nerde neredesiniz nerdesiniz nerdesin neredesin`));
const AFTER_WHERE = new Set(words(`kaldi kaldiniz ya acaba yahu bulamiyorum bulamadim lutfen`));

// Case endings a Turkish writer puts after an apostrophe ("Ayşe Hanım'a", "Mehmet Bey'le", "153'ü", "Garanti'nin"),
// which folding splits off; never words of their own. Not "da/de" ("ben de"), "ya" ("bağlayın ya") nor "ne" (what),
// which stand alone as often.
const TURKISH_APOSTROPHE_ENDINGS = new Set(
  words(`a e ye yi i u yu na nin nun in un la le yla yle dan den tan ten ndan nden`),
);

// "alabilirmiyim", "veriyormusunuz", "varmi", "arayabilirmisiniz": the question's particle glued to its verb, as chat
// types it; read apart ("alabilir miyim"), as the particle is written.
const GLUED_PARTICLE =
  /^(\p{L}+?(?:bilir|[iu]yor|yor|[aeiu]r)|var|yok)(m[iu](?:y[iu]m|y[iu]z|s[iu]n|s[iu]n[iu]z|d[iu]r)?)$/u;

/** Turkish words with their case ending joined back on ("hanim a" → "hanima") and a glued question particle apart. */
function joinTurkishEndings(tokens: string[]): string[] {
  const joined: string[] = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (previous !== undefined && TURKISH_APOSTROPHE_ENDINGS.has(token) && previous.length > 1) {
      joined[joined.length - 1] = previous + token;
      continue;
    }
    const glued = token.length >= 5 && token.includes('m') ? GLUED_PARTICLE.exec(token) : null;
    if (glued === null) {
      joined.push(token);
    } else {
      joined.push(glued[1] as string, glued[2] as string);
    }
  }
  return joined;
}

const TURKISH: Language = {
  cues: TURKISH_CUES,
  usesStems: true,
  prepare: joinTurkishEndings,
  contactForm: turkishContact,
  cuesBefore: new Set<CueKind>(['contact']),
  cuesAfter: new Set<CueKind>(['contact', 'want', 'follower', 'question']),
  fillersAfter: new Set(TURKISH_CUES.fillers),
  negatesAfter: true,
  extraCueAfter(tokens, index) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1] ?? '';
    // "temsilci gelene kadar beklerim": waiting until someone comes, a wish for them.
    if (UNTIL_SOMEONE_COMES.has(token) && next === 'kadar' && TURKISH_WAITING.test(tokens[index + 2] ?? '')) {
      return 'want';
    }
    // "canlı destek nerede", "ya müdür nerde bulamıyorum": someone of the business wanted where they are; not "personeliniz
    // nerede çalışıyor" (where they work) nor "yetkili servis nerede" (a repair shop).
    if (
      WHERE_ARE_YOU.has(token) &&
      (next === '' || AFTER_WHERE.has(next)) &&
      !(tokens[index - 1] ?? '').includes('servis')
    ) {
      return 'question';
    }
    // "temsilciye nasıl ulaşırım", "zabıtaya nereden ulaşırız": how the speaker reaches someone, asked in the aorist.
    if (HOW_ASKED.has(tokens[index - 1] ?? '') && REACHED_IN_THE_AORIST.test(token)) {
      return 'contact';
    }
    // "canlı destek yok mu" ("yokmu", glued as chat types it, is read apart by joinTurkishEndings).
    if ((token === 'var' || token === 'yok') && (next === 'mi' || next === 'mu')) {
      return 'question';
    }
    if (
      TURKISH_TOUCH_NOUNS.has(token) &&
      TURKISH_TOUCH_VERB.test(next) &&
      TURKISH_REQUEST_ENDING.test(next.slice(3))
    ) {
      return 'contact';
    }
    // "biri dönüş yapsın", "bana geri dönüş yapabilir misiniz": a call or an answer back, a noun and "yap".
    if (token === 'donus' && /^yap/.test(next) && TURKISH_REQUEST_ENDING.test(next.slice(3))) {
      return 'contact';
    }
    // "temsilciyle devam etmek istiyorum": going on with someone, a noun and "et", asked.
    if (
      (token === 'sohbet' || token === 'devam') &&
      /^e[td]/.test(next) &&
      (TURKISH_CHAT_VERB.test(next) || TURKISH_REQUEST_ENDING.test(next.slice(2)))
    ) {
      return 'contact';
    }
    // "bir yetkili ilgilensin" wishes for someone; "resepsiyon arasın" asks with a verb of contact, read as one.
    return TURKISH_THIRD_PERSON_IMPERATIVE.test(token) && turkishContact(token) === undefined
      ? 'want'
      : undefined;
  },
};

/** One language's cues, compiled once into word tests and sets. */
export interface CompiledLanguage {
  language: Language;
  isStrong(token: string): boolean;
  isWeak(token: string): boolean;
  isNotTarget(token: string): boolean;
  isOtherBefore(token: string): boolean;
  /** Whether the word at `index` is in another sense by the word before it ("contact person"). */
  isOtherPairAt(tokens: readonly string[], index: number): boolean;
  isOtherAfter(token: string): boolean;
  isWant: (token: string) => boolean;
  isContactAfter: (token: string) => boolean;
  fillers: ReadonlySet<string>;
  followers: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  rhetorical: ReadonlySet<string>;
  conditional: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  questionWords: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  pairs: ReadonlyMap<string, (token: string) => boolean>;
  weakPairs: ReadonlyMap<string, (token: string) => boolean>;
}

/** The pairs' first words, each with a test of the second words it pairs with. */
function pairTests(
  pairTargets: readonly (readonly [string, string])[],
  usesStems: boolean,
): Map<string, (token: string) => boolean> {
  const pairs = new Map<string, (token: string) => boolean>();
  for (const [first] of pairTargets) {
    const seconds = pairTargets.filter(([head]) => head === first).map(([, tail]) => tail);
    pairs.set(first, wordTest(seconds, usesStems));
  }
  return pairs;
}

function compileLanguage(language: Language): CompiledLanguage {
  const { cues, usesStems } = language;
  return {
    language,
    isStrong: wordTest(cues.strongTargets, usesStems),
    isWeak: wordTest(cues.weakTargets, usesStems),
    isNotTarget: (() => {
      const stems = wordTest(cues.notTargets, true);
      const whole = new Set(cues.notTargetWords);
      return (token: string) => whole.has(token) || stems(token);
    })(),
    isOtherBefore: wordTest(cues.otherSenseBefore, false),
    isOtherPairAt: (() => {
      const pairs = new Map<string, Set<string>>();
      for (const [before, word] of cues.otherSensePairs) {
        pairs.set(before, (pairs.get(before) ?? new Set()).add(word));
      }
      return (tokens: readonly string[], index: number) =>
        pairs.get(tokens[index - 1] ?? '')?.has(tokens[index] ?? '') === true;
    })(),
    isOtherAfter: wordTest(cues.otherSenseAfter, usesStems),
    isWant: wordTest(cues.wantVerbs, false),
    isContactAfter:
      cues.contactVerbsAfter === undefined ? () => true : wordTest(cues.contactVerbsAfter, false),
    fillers: new Set(cues.fillers),
    followers: new Set(cues.followers),
    negators: new Set(cues.negators),
    rhetorical: new Set(cues.rhetorical),
    conditional: new Set(cues.conditional),
    qualifiers: new Set(cues.qualifiers),
    questionWords: new Set(cues.questionWords),
    clauseBreaks: new Set(cues.clauseBreaks),
    pairs: pairTests(cues.pairTargets, usesStems),
    weakPairs: pairTests(cues.weakPairTargets ?? [], usesStems),
  };
}

/** The compiled cues of each supported locale. */
export const COMPILED_LANGUAGES: Readonly<Record<SignalLocale, CompiledLanguage>> = {
  en: compileLanguage(ENGLISH),
  tr: compileLanguage(TURKISH),
};
