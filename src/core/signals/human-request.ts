// Detects a request for a human in English or Turkish text: the grammar first, then the trained model.
import { detectLocale, type SignalLocale } from './detect-locale.js';
import { COMPILED_LANGUAGES, type CompiledLanguage, type CueKind } from './human-request-languages.js';
import { readWithModel } from './human-request-model.js';
import { isTurkishCannotForm } from './negation.js';
import { isAskingWhatTheBotIs, isRefusal } from './refusal.js';
import { foldText, tokenize } from './normalise.js';

/** Whether the text asks for a human, which part of the detector said so, and how sure it is. */
export interface HumanRequest {
  requested: boolean;
  /**
   * The folded words that asked: the grammar's matched cue (`"talk to a real person"`) or the sentence
   * the model read as a request; null when not requested.
   */
  phrase: string | null;
  /**
   * `rule` when the grammar decided (a match, or a refusal such as "I don't need an agent", which the
   * model is then not asked about); `model` when the model found a request; null when neither did.
   */
  source: 'rule' | 'model' | null;
  /** 1 for a grammar match, 0 for a refusal, else the model's probability for its likeliest sentence. */
  probability: number;
}

const NONE: HumanRequest = { requested: false, phrase: null, source: null, probability: 0 };
const REFUSED: HumanRequest = { requested: false, phrase: null, source: 'rule', probability: 0 };
const REFUSAL = Symbol('refusal');
// "I can't reach anyone", "temsilciye ulaşamıyorum": negated, yet a wish for a person, not a refusal.
const INABILITY = new Set(['cant', 'cannot', 'couldnt', 'unable']);

function isInability(tokens: readonly string[]): boolean {
  return tokens.some((token) => INABILITY.has(token) || isTurkishCannotForm(token));
}

interface Target {
  start: number;
  end: number;
  isStrong: boolean;
}

interface Cue {
  index: number;
  kind: CueKind;
  isNegated: boolean;
}

// Hyphenated compounds ("person-to-person", "human-readable") are modifiers, never a target.
const HYPHENATED = /(\p{L})-(?=\p{L})/gu;
const CLAUSE_BREAK = /[.!?;:,()[\]{}\n\r\t"]+|\s[-\u2013\u2014]+\s/u;
const SHORT_CLAUSE = 4;
const LOOK_BEFORE = 8;
const LOOK_AFTER = 5;

function targetAt(lang: CompiledLanguage, tokens: readonly string[], index: number): Target | undefined {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1];
  const pair = lang.pairs.get(token);
  const target: Target | undefined =
    pair !== undefined && next !== undefined && pair(next)
      ? { start: index, end: index + 1, isStrong: true }
      : lang.isNotTarget(token)
        ? undefined
        : lang.isStrong(token)
          ? { start: index, end: index, isStrong: true }
          : lang.isWeak(token)
            ? { start: index, end: index, isStrong: lang.qualifiers.has(tokens[index - 1] ?? '') }
            : undefined;
  if (target === undefined) {
    return undefined;
  }
  const before = tokens[target.start - 1];
  const after = tokens[target.end + 1];
  if (
    (before !== undefined && lang.isOtherBefore(before)) ||
    (after !== undefined && lang.isOtherAfter(after))
  ) {
    return undefined;
  }
  return target;
}

function cueKindOf(lang: CompiledLanguage, tokens: readonly string[], index: number): Cue | undefined {
  const token = tokens[index] ?? '';
  const contact = lang.language.contactForm(token);
  if (contact !== undefined) {
    return { index, kind: 'contact', isNegated: contact === 'negated' };
  }
  if (lang.isWant(token)) {
    return { index, kind: 'want', isNegated: false };
  }
  if (lang.followers.has(token)) {
    return { index, kind: 'follower', isNegated: false };
  }
  const previous = tokens[index - 1];
  if (token === 'there' && (previous === 'is' || previous === 'are')) {
    return { index, kind: 'question', isNegated: false };
  }
  return undefined;
}

function findCue(lang: CompiledLanguage, tokens: readonly string[], target: Target): Cue | undefined {
  const { language } = lang;
  const accepts = (cue: Cue | undefined, kinds: ReadonlySet<CueKind>): cue is Cue =>
    cue !== undefined && kinds.has(cue.kind) && (target.isStrong || cue.kind === 'contact');
  const acceptsAfter = (cue: Cue | undefined): cue is Cue =>
    accepts(cue, language.cuesAfter) &&
    (cue.kind !== 'contact' || lang.isContactAfter(tokens[cue.index] ?? ''));
  for (let index = target.start - 1; index >= Math.max(0, target.start - LOOK_BEFORE); index -= 1) {
    const cue = cueKindOf(lang, tokens, index);
    if (accepts(cue, language.cuesBefore)) {
      return cue;
    }
    const token = tokens[index] ?? '';
    if (!lang.fillers.has(token) && targetAt(lang, tokens, index) === undefined) {
      break;
    }
  }
  for (let index = target.end + 1; index < Math.min(tokens.length, target.end + 1 + LOOK_AFTER); index += 1) {
    const extra = language.extraCueAfter(tokens, index);
    const cue =
      extra === undefined ? cueKindOf(lang, tokens, index) : { index, kind: extra, isNegated: false };
    if (acceptsAfter(cue)) {
      return cue;
    }
    const token = tokens[index] ?? '';
    if (!language.fillersAfter.has(token) && targetAt(lang, tokens, index) === undefined) {
      break;
    }
  }
  return undefined;
}

function isShortRequest(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (!target.isStrong || tokens.length > SHORT_CLAUSE) {
    return false;
  }
  return tokens.every(
    (token, index) =>
      (index >= target.start && index <= target.end) ||
      (lang.fillers.has(token) && !lang.questionWords.has(token)) ||
      lang.isWant(token) ||
      targetAt(lang, tokens, index) !== undefined,
  );
}

/** Whether the request is negated, or only a condition ("if I want an agent…"). */
function isNegated(lang: CompiledLanguage, tokens: readonly string[], target: Target, cue: Cue): boolean {
  const from = Math.min(target.start, cue.index);
  const to = Math.max(target.end, cue.index);
  const [start, end] = lang.language.negatesAfter
    ? [target.end + 1, to + 2]
    : [Math.max(0, from - 3), to - 1];
  let isNegative = cue.isNegated;
  for (let index = start; index <= Math.min(end, tokens.length - 1); index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    if (lang.negators.has(token) && !(token === 'yok' && (next === 'mu' || next === 'mi'))) {
      isNegative = true;
    }
  }
  const earlier = tokens.slice(0, from);
  if (earlier.some((token) => lang.conditional.has(token))) {
    return true;
  }
  return isNegative && !earlier.some((token) => lang.rhetorical.has(token));
}

function splitClauses(lang: CompiledLanguage, text: string): string[][] {
  const clauses: string[][] = [];
  for (const part of text.replace(HYPHENATED, '$1').split(CLAUSE_BREAK)) {
    let clause: string[] = [];
    for (const token of lang.language.prepare(tokenize(part))) {
      if (lang.clauseBreaks.has(token)) {
        clauses.push(clause);
        clause = [];
      } else {
        clause.push(token);
      }
    }
    clauses.push(clause);
  }
  return clauses.filter((clause) => clause.length > 0);
}

/** The words of a request in the clause, REFUSAL when the only one is negated, or null. */
function findRequest(lang: CompiledLanguage, tokens: readonly string[]): string | typeof REFUSAL | null {
  let isRefused = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const target = targetAt(lang, tokens, index);
    if (target === undefined) {
      continue;
    }
    const cue = findCue(lang, tokens, target);
    if (cue !== undefined) {
      if (!isNegated(lang, tokens, target, cue)) {
        return tokens.slice(Math.min(target.start, cue.index), Math.max(target.end, cue.index) + 1).join(' ');
      }
      isRefused ||= !isInability(tokens);
    }
    if (cue === undefined && isShortRequest(lang, tokens, target)) {
      return tokens.join(' ');
    }
    index = target.end;
  }
  return isRefused ? REFUSAL : null;
}

/**
 * Detects a request to talk to a human ("can I talk to a real person", "operatöre bağlar mısın",
 * "canlı destek"), in English or Turkish (also typed without Turkish letters). The grammar reads
 * first and says why; a refusal it reads ("I don't need an agent", "temsilciye gerek yok") stands.
 * Otherwise the trained model reads what the grammar has no words for ("need help talking w somone",
 * "I don't want to talk to a bot", typos, lost spaces). Other senses of the words ("travel agent",
 * "insan kaynakları") do not count. The locale defaults to detection.
 */
export function detectHumanRequest(text: string, locale?: SignalLocale): HumanRequest {
  if (text === '') {
    // Most cases carry no customer message: nothing to split into clauses.
    return NONE;
  }
  const language = locale === 'tr' || locale === 'en' ? locale : detectLocale(text);
  const lang = COMPILED_LANGUAGES[language];
  let isRefused = false;
  for (const clause of splitClauses(lang, text)) {
    const found = findRequest(lang, clause);
    if (found === REFUSAL) {
      isRefused = true;
    } else if (found !== null) {
      return { requested: true, phrase: found, source: 'rule', probability: 1 };
    }
  }
  if (isRefused) {
    return REFUSED;
  }
  const reading = readWithModel(foldText(text), language);
  if (!reading.isRequest) {
    return { ...NONE, probability: reading.probability };
  }
  const words = tokenize(reading.sentence);
  // The model has no notion of "not"; a refusal the grammar reads in the same sentence wins.
  if (isRefusal(words, language)) {
    return REFUSED;
  }
  return isAskingWhatTheBotIs(words)
    ? { ...NONE, probability: reading.probability }
    : { requested: true, phrase: words.join(' '), source: 'model', probability: reading.probability };
}
