// Finds the words for a person in a clause: a target of a request ("agent", "a real person", "temsilci").
import type { CompiledLanguage } from './human-request-languages.js';

/** A word (or a pair, "customer service") for a person: tokens start..end; a weak one needs a verb of contact. */
export interface Target {
  start: number;
  end: number;
  isStrong: boolean;
}

// "I need someone who understands", "somebody who can actually help": a person described as able to help.
const WHO = new Set(['who', 'that']);
const ABLE_AFTER_WHO = new Set([
  'does',
  'understands',
  'understand',
  'knows',
  'gets',
  'speaks',
  'actually',
  'really',
  'cares',
  'listens',
]);
const ABLE_AFTER_CAN = new Set(['help', 'actually', 'really', 'understand', 'answer']);

// "get me someone", "give me somebody": someone handed over to the speaker; "someone on the phone", "a person on the
// line": someone to talk to.
const HANDING = new Set(['get', 'give', 'gimme']);
const LINES = new Set(['phone', 'line']);

function isHandedOrOnTheLine(tokens: readonly string[], index: number): boolean {
  return (
    (tokens[index - 1] === 'me' && HANDING.has(tokens[index - 2] ?? '')) ||
    (tokens[index + 1] === 'on' && tokens[index + 2] === 'the' && LINES.has(tokens[index + 3] ?? ''))
  );
}

function isDescribedAsAble(tokens: readonly string[], index: number): boolean {
  if (!WHO.has(tokens[index + 1] ?? '')) {
    return false;
  }
  const verb = tokens[index + 2] ?? '';
  return ABLE_AFTER_WHO.has(verb) || (verb === 'can' && ABLE_AFTER_CAN.has(tokens[index + 3] ?? ''));
}

/** The target starting at `index`, unless the word is absent or used in another sense ("travel agent"). */
export function targetAt(
  lang: CompiledLanguage,
  tokens: readonly string[],
  index: number,
): Target | undefined {
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
            ? {
                start: index,
                end: index,
                isStrong:
                  lang.qualifiers.has(tokens[index - 1] ?? '') ||
                  isDescribedAsAble(tokens, index) ||
                  (lang.language.negatesAfter
                    ? // "firmadan birini hemen telefonda istiyorum": someone on the phone.
                      tokens.slice(index + 1, index + 3).includes('telefonda')
                    : isHandedOrOnTheLine(tokens, index)),
              }
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
