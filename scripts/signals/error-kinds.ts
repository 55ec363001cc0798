// Counts the human-request detector's false alarms on external labelled lines by the part of the detector that fired,
// per source file, without printing a line: `npx tsx scripts/signals/error-kinds.ts DIR… [--split dev|test]
// [--lines]`. A grammar match is named by its module and kind (a call back, contact details asked, a person word with
// a verb of contact, a short request, the bot refused…), a model reading by what let it through the gate (a person or
// the bot named, a team, a verb of contact; a fragment of a few words or a sentence) and how sure it was. These are
// facts about our own detector that say which part to look at; the lines of a test half stay unread. `--lines`
// prints dev lines only (it refuses with a test split). Format of the DIRs: external-eval.ts.
import { isBotRefusal } from '../../src/core/signals/bot-refusal.js';
import { isCallBack, isHowToCallTeam } from '../../src/core/signals/human-request-call-back.js';
import { splitClauses } from '../../src/core/signals/human-request-clauses.js';
import { isAskingForContactDetails } from '../../src/core/signals/human-request-contact.js';
import { findCue } from '../../src/core/signals/human-request-find-cue.js';
import { findRequest } from '../../src/core/signals/human-request-grammar.js';
import { COMPILED_LANGUAGES } from '../../src/core/signals/human-request-languages.js';
import { isNegated, isUnableToReach } from '../../src/core/signals/human-request-negation.js';
import { targetAt } from '../../src/core/signals/human-request-targets.js';
import { CLAUSE_VETOES, firstVeto } from '../../src/core/signals/human-request-vetoes.js';
import { readWithoutCue } from '../../src/core/signals/human-request-without-cue.js';
import { detectHumanRequest } from '../../src/core/signals/human-request.js';
import { FRAGMENT_MOST } from '../../src/core/signals/model-anchor-fragments.js';
import { asksWhoToAsk, isContactPhrase } from '../../src/core/signals/model-anchor-phrases.js';
import { namesAPerson } from '../../src/core/signals/model-anchor.js';
import { foldText } from '../../src/core/signals/normalise.js';
import { type ExternalLine, readExternalLines } from './external-lines.js';

type Locale = ExternalLine['locale'];

/** The grammar's kind for a clause it matched, following findRequest's order. */
function ruleKind(locale: Locale, clause: readonly string[]): string {
  const lang = COMPILED_LANGUAGES[locale];
  if (isCallBack(lang, clause)) {
    return 'rule: call back (human-request-call-back)';
  }
  if (isHowToCallTeam(lang, clause)) {
    return 'rule: how to call a team (human-request-call-back)';
  }
  if (!lang.language.negatesAfter && isAskingForContactDetails(clause)) {
    return 'rule: contact details asked (human-request-contact)';
  }
  for (let index = 0; index < clause.length; index += 1) {
    const target = targetAt(lang, clause, index);
    if (target === undefined) {
      continue;
    }
    const word =
      target.end > target.start
        ? 'two-word target'
        : lang.isStrong(clause[index] ?? '')
          ? 'person word'
          : target.isStrong
            ? 'weak word made strong'
            : 'weak word';
    const cue = findCue(lang, clause, target);
    if (cue !== undefined && (!isNegated(lang, clause, target, cue) || isUnableToReach(clause, cue))) {
      return `rule: ${word} + ${cue.kind} ${cue.index < target.start ? 'before' : 'after'} (grammar)`;
    }
    const kind = cue === undefined ? readWithoutCue(lang, clause, target) : null;
    if (kind !== null) {
      return kind === 'anyone there' ? `rule: ${kind} (without-cue)` : `rule: ${kind}, ${word} (without-cue)`;
    }
    index = target.end;
  }
  return 'rule: other (grammar)';
}

/** Which part of the detector fired on a text it flagged. */
function partThatFired(text: string, locale: Locale): string {
  const found = detectHumanRequest(text, locale);
  const folded = foldText(text);
  const lang = COMPILED_LANGUAGES[locale];
  const clauses = splitClauses(lang, folded);
  const words = clauses.flat();
  if (found.source === 'rule') {
    // The clause detectHumanRequest took: a match not set aside as a question about the bot or someone else's work.
    const clause = clauses.find(
      (tokens, at) =>
        typeof findRequest(lang, tokens) === 'string' &&
        firstVeto(CLAUSE_VETOES, {
          language: locale,
          lang,
          clauses,
          at,
          clause: tokens,
          words,
          hasQuestionMark: folded.includes('?'),
        }) === null,
    );
    if (clause !== undefined) {
      return ruleKind(locale, clause);
    }
    return isBotRefusal(words, locale) ? 'rule: the bot refused (bot-refusal)' : 'rule: other';
  }
  const size = words.length <= FRAGMENT_MOST ? 'fragment' : 'sentence';
  const sure = found.probability >= 0.9 ? '≥ 0.9' : '< 0.9';
  let anchor = 'team, place or other anchor';
  if (namesAPerson(words, locale)) {
    anchor = 'person or bot named';
  } else if (words.some((token) => lang.language.contactForm(token) !== undefined)) {
    anchor = 'contact verb';
  } else if (words.some((_, index) => isContactPhrase(words, index)) || asksWhoToAsk(words)) {
    anchor = 'contact phrase';
  }
  return `model: ${anchor}, ${size}, p ${sure}`;
}

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args[splitAt + 1] : 'test';
const printLines = args.includes('--lines');
const dirs = args.filter((arg, index) => !arg.startsWith('--') && index !== splitAt + 1);
if (dirs.length === 0 || (printLines && split !== 'dev')) {
  process.stderr.write(
    'usage: tsx scripts/signals/error-kinds.ts DIR… [--split dev|test] [--lines: dev only]\n',
  );
  process.exit(2);
}

for (const dir of dirs) {
  const lines = readExternalLines(dir).filter((line) => line.split === split);
  for (const locale of ['en', 'tr'] as const) {
    const mine = lines.filter((line) => line.locale === locale);
    const others = mine.filter((line) => !line.label);
    if (others.length === 0) {
      continue;
    }
    const byPart = new Map<string, number>();
    const byFile = new Map<string, { alarms: number; others: number; parts: Map<string, number> }>();
    let alarms = 0;
    for (const line of others) {
      const file = byFile.get(line.file) ?? { alarms: 0, others: 0, parts: new Map<string, number>() };
      byFile.set(line.file, file);
      file.others += 1;
      if (!detectHumanRequest(line.text, locale).requested) {
        continue;
      }
      const part = partThatFired(line.text, locale);
      alarms += 1;
      file.alarms += 1;
      byPart.set(part, (byPart.get(part) ?? 0) + 1);
      file.parts.set(part, (file.parts.get(part) ?? 0) + 1);
      if (printLines) {
        process.stdout.write(`  ${line.file} | ${part} | ${line.text}\n`);
      }
    }
    process.stdout.write(`\n${dir} ${split} ${locale}: ${alarms} false alarms in ${others.length} others\n`);
    for (const [part, count] of [...byPart].sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`  ${count}\t${part}\n`);
    }
    for (const [name, file] of byFile) {
      process.stdout.write(`  file ${name}: ${file.alarms} of ${file.others}\n`);
      for (const [part, count] of [...file.parts].sort((a, b) => b[1] - a[1])) {
        process.stdout.write(`      ${count}\t${part}\n`);
      }
    }
  }
}
