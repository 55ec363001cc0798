// Splits folded text into the clauses the human-request grammar reads, one language's clause breaks applied; marks
// the same breaks for the model where speech runs sentences together.
import { PLEAS, words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';
import { splitFoldedClauses } from './normalise.js';

// Speech and chat run sentences together: "…the door is locked so i need someone to phone me", "…my laptop won't boot
// can someone from IT call me". English only: a "so" that opens the speaker's clause or a request, or a question's
// modal with its subject after it where nothing before could be its subject or open it, starts a clause. For the
// grammar, a modal after "or" does too: "is there a guide or can someone from support help us" offers a second question;
// and so do a plea run on after the matter ("my order is late please call me") and "is there" asked after it.
const OPENS_AFTER_SO = new Set(words(`i can could would will please pls plz we just kindly may`));
const MODALS = new Set(words(`can could would will may`));
const SUBJECTS_AFTER = new Set(words(`i you u we someone somebody anyone anybody a an the your ur`));
const NO_BREAK_BEFORE = new Set(
  words(`i you u we they he she it someone somebody anyone anybody one this that there who which what where how when
    why if whether and or but so to not nobody people please pls plz just then also hi hello hey`),
);

const PLEA_IN_QUESTION_MOST = 6;
const THERE_ASKED = new Set(words(`a an any anyone anybody someone somebody some no one`));
const SAYING = new Set(
  words(`says said saying say reads read reading tells told shows showed showing displays displayed writes wrote
    states stated stating message error prompt popup`),
);
const CONDITIONS = new Set(words(`if when unless whenever once`));
const CONDITION_REACH = 8;
const QUESTION_WORDS = new Set(words(`what which who whose where how when why whom`));
// "if my card is damaged where should i call": after a condition, a question asked with its verb first opens the main
// clause; not one a verb or a preposition takes ("if you know where i can call", "if i ask who should call").
const ASKED_AFTER_QUESTION_WORD = new Set(words(`should can could do does shall would will must may is are`));
const SPEAKERS_ASKING = new Set(words(`i we`));
const TAKES_A_QUESTION = new Set(
  words(`know knew ask asked asking tell told wonder wondering sure unsure idea see decide decided remember forget
    find found understand explain clue show learn matter care check about of on in to for from at with and or but
    not no`),
);

// Chat runs an ask on after the matter with no stop: "…on my claim give me a manager", "…i need action and i talk to
// whom". An order to hand the speaker over, or the speaker's own want, after a word that cannot lead into it.
const HANDING_VERBS = new Set(words(`give get put connect transfer let`));
const SPEAKER_WANTS = new Set(words(`need want wanna would talk speak demand request`));
const NO_OPENER_BEFORE = new Set(
  words(`you u we they he she it to not never dont don t didnt cant couldnt wont please pls plz just also and or but
    that which who what where how when why if can could would will may might must should did do does i me before
    until after while`),
);

// "no one needsto call me", "please donot escalate this", "you cna call me", "someone from your company call me this
// morning?": a glued or mistyped "to", "not" or modal, or someone named as the one who calls, keeps the verb in its
// clause.
const GLUED_BEFORE = /(?:to|ot|tp|not)$/;
const SOMEONE_BEFORE = new Set(words(`someone somebody anyone anybody nobody one who`));
const MODALS_MISTYPED = new Set(words(`cna acn cann coud cud wil wud woud shoud`));
const SOMEONE_BEFORE_MOST = 5;

// "im driving call me at 5", "not a good time call me after lunch": the speaker's state told, then the call asked; not
// "have my son call me" or "two people from your team call me", where the words before name who calls.
const STATE_OPENERS = new Set(words(`im i we its it not busy sorry`));
const WHO_CALLS_BEFORE = new Set(
  words(`have has had having let make made get got ask asked tell told want wanted need needs people person team
    staff son daughter wife husband manager boss he she they`),
);

function isTheSpeakersStateBefore(tokens: readonly string[], index: number): boolean {
  return (
    STATE_OPENERS.has(tokens[0] ?? '') &&
    !tokens.slice(0, index).some((word) => WHO_CALLS_BEFORE.has(word) || SOMEONE_BEFORE.has(word))
  );
}

/** Whether the word before `index` can end the matter a call or question runs on after. */
function isAMattersEnd(tokens: readonly string[], index: number): boolean {
  const before = tokens[index - 1] ?? '';
  return (
    before.length > 2 &&
    !GLUED_BEFORE.test(before) &&
    !MODALS_MISTYPED.has(before) &&
    !NO_OPENER_BEFORE.has(before) &&
    !TAKES_A_QUESTION.has(before) &&
    !tokens.slice(Math.max(0, index - SOMEONE_BEFORE_MOST), index).some((word) => SOMEONE_BEFORE.has(word))
  );
}

/**
 * Whether English tokens start a new clause at `index`: `so` when "so" opens it (and is left out of both clauses),
 * `opens` when the word at `index` opens it (a modal, an order, "i" and a want) and begins the new clause. With
 * `isForTheGrammar` (the grammar's clauses, not the model's marked breaks) also a plea run on after the matter, "is
 * there" asked after it, and a modal after "or".
 */
function isSpokenBreak(
  tokens: readonly string[],
  index: number,
  isForTheGrammar = false,
): 'so' | 'opens' | undefined {
  if (index === 0) {
    return undefined;
  }
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  if (token === 'so') {
    return OPENS_AFTER_SO.has(next) ? 'so' : undefined;
  }
  if (
    isForTheGrammar &&
    index >= 2 &&
    PLEAS.has(token) &&
    !NO_OPENER_BEFORE.has(tokens[index - 1] ?? '') &&
    !PLEAS.has(tokens[index - 1] ?? '') &&
    // "error says please contact customer support": the words quoted, not the speaker's plea.
    !SAYING.has(tokens[index - 1] ?? '') &&
    next !== '' &&
    // "can someone from your team please ring me": the plea inside a question asked of someone.
    !tokens.slice(Math.max(0, index - PLEA_IN_QUESTION_MOST), index).some((word) => MODALS.has(word))
  ) {
    return 'opens';
  }
  if (
    isForTheGrammar &&
    index >= 3 &&
    CONDITIONS.has(tokens[0] ?? '') &&
    QUESTION_WORDS.has(token) &&
    ASKED_AFTER_QUESTION_WORD.has(next) &&
    !TAKES_A_QUESTION.has(tokens[index - 1] ?? '') &&
    !NO_BREAK_BEFORE.has(tokens[index - 1] ?? '')
  ) {
    return 'opens';
  }
  // "im driving call me at 5", "this issue is urgent escalate it", "the website isnt working how do i talk to support":
  // a call, an escalation or a how or where question run on after the matter with no stop.
  if (
    isForTheGrammar &&
    index >= 2 &&
    isAMattersEnd(tokens, index) &&
    (((token === 'call' || token === 'ring') &&
      (next === 'me' || next === 'us' || next === 'back') &&
      isTheSpeakersStateBefore(tokens, index)) ||
      (token === 'escalate' && (next === 'it' || next === 'this' || next === 'my')) ||
      ((token === 'how' || token === 'where') &&
        ASKED_AFTER_QUESTION_WORD.has(next) &&
        SPEAKERS_ASKING.has(tokens[index + 2] ?? '')))
  ) {
    return 'opens';
  }
  // "the bot is not helping is there a human i can talk to": "is there" asking after the matter.
  if (
    isForTheGrammar &&
    index >= 2 &&
    (token === 'is' || token === 'are') &&
    next === 'there' &&
    THERE_ASKED.has(tokens[index + 2] ?? '') &&
    !NO_BREAK_BEFORE.has(tokens[index - 1] ?? '')
  ) {
    return 'opens';
  }
  if (
    index >= 3 &&
    !NO_OPENER_BEFORE.has(tokens[index - 1] ?? '') &&
    ((HANDING_VERBS.has(token) && (next === 'me' || next === 'us')) ||
      (token === 'i' && SPEAKER_WANTS.has(next)))
  ) {
    return 'opens';
  }
  // "what coffee would you recommend": a question word just before opens the same clause.
  return MODALS.has(token) &&
    SUBJECTS_AFTER.has(next) &&
    (!NO_BREAK_BEFORE.has(tokens[index - 1] ?? '') || (isForTheGrammar && tokens[index - 1] === 'or')) &&
    !QUESTION_WORDS.has(tokens[index - 2] ?? '') &&
    // "if i go into the branch can someone help me": the condition's main clause, still under it.
    !tokens.slice(Math.max(0, index - CONDITION_REACH), index).some((token) => CONDITIONS.has(token))
    ? 'opens'
    : undefined;
}

const TURKISH_PRESENT_VERB = /[^aeiou][iu]?yor(?:um|uz|sun|sunuz|lar)?$|[iu]yom$/;
// The same after a verb told in the past in the negative ("siparişim gelmedi canlı destek") and after "var" or "yok"
// ("faturamda hata var canlı destek"), unless a question's particle follows ("canlı destek var mı"). Not after "-miş",
// which also makes a word describe the next ("atanmış bir temsilci").
const TURKISH_TOLD_VERB = /[^aeiou]m[ae]d[iu](?:m|n|k|n[iu]z|l[ae]r)?$|^(?:var|yok)$/;
const TURKISH_QUESTION_PARTICLE = /^m[iu](?:y[iu]m|s[iu]n|y[iu]z|s[iu]n[iu]z|d[iu]r)?$/;

/** The clauses of folded text as token lists, words prepared for the language; empty clauses dropped. */
export function splitClauses(lang: CompiledLanguage, folded: string): string[][] {
  const clauses: string[][] = [];
  const isEnglish = !lang.language.usesStems;
  for (const sentence of splitFoldedClauses(folded, true)) {
    let clause: string[] = [];
    const prepared = lang.language.prepare(sentence);
    for (const [index, token] of prepared.entries()) {
      const spoken = isEnglish ? isSpokenBreak(prepared, index, true) : undefined;
      if (lang.clauseBreaks.has(token) || spoken !== undefined) {
        clauses.push(clause);
        clause = spoken === 'opens' ? [token] : [];
      } else {
        clause.push(token);
        // Turkish speech runs on after a verb in the present ("kuryeyi arıyorum açmıyor şubeden biri beni arasın"):
        // the verb ends its clause.
        if (
          !isEnglish &&
          index < prepared.length - 1 &&
          (TURKISH_PRESENT_VERB.test(token) || TURKISH_TOLD_VERB.test(token)) &&
          // "destek veriyor musunuz", "canlı destek var mı": the question's particle stays with its verb.
          !TURKISH_QUESTION_PARTICLE.test(prepared[index + 1] ?? '')
        ) {
          clauses.push(clause);
          clause = [];
        }
      }
    }
    clauses.push(clause);
  }
  return clauses.filter((clause) => clause.length > 0);
}

const WORD = /[\p{L}\p{N}]+/gu;
// Every spoken break is at "so", a modal, an order to hand over ("give me") or "i" and a want: most messages have none
// of them and are not read word by word.
const MAY_BREAK = new RegExp(
  String.raw`\b(?:so|${[...MODALS].join('|')})\b|\b(?:${[...HANDING_VERBS].join('|')}) (?:me|us)\b|\bi (?:${[...SPEAKER_WANTS].join('|')})\b`,
);

/**
 * Folded English text with a full stop for the space before each spoken clause break, the same length (offsets hold),
 * for the model to read the parts as sentences; undefined when there is none.
 */
export function markSpokenBreaks(folded: string): string | undefined {
  if (!MAY_BREAK.test(folded)) {
    return undefined;
  }
  const found = [...folded.matchAll(WORD)];
  const tokens = found.map((match) => match[0]);
  let marked = '';
  let from = 0;
  for (let index = 1; index < tokens.length; index += 1) {
    const at = (found[index]?.index ?? 0) - 1;
    // Only where nothing marks a break already: "birthday, can you arrange…" is the writer's own clause.
    if (
      isSpokenBreak(tokens, index) !== undefined &&
      folded[at] === ' ' &&
      at === (found[index - 1]?.index ?? 0) + (tokens[index - 1]?.length ?? 0)
    ) {
      marked += `${folded.slice(from, at)}.`;
      from = at + 1;
    }
  }
  return from === 0 ? undefined : marked + folded.slice(from);
}
