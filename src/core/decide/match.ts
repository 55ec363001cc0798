// Compiles the `when` of routes and priority rules: every listed key must match, a list matches any value.
import type { Match } from '../playbook/schema.js';
import { foldText } from '../signals/normalise.js';
import { makeTokenMemo } from '../signals/token-memo.js';
import type { Reason } from './decision.js';
import type { CaseView } from './read-case.js';
import { compileValueTest } from './value-test.js';

/** What routes and priority rules look at once the triggers have run. */
export interface MatchFacts {
  view: CaseView;
  reasons: readonly Reason[];
  keywords: readonly string[];
  risk: string;
  locale: string;
  mode: 'reactive' | 'proactive' | null;
  sentiment: number;
}

export type MatchPredicate = (facts: MatchFacts) => boolean;

// Routes and priority rules fold the same few values (trigger ids, kinds, intents) for every case.
const foldValue = makeTokenMemo(foldText, 10_000);

function oneOf(values: readonly string[] | undefined): ((value: string | undefined) => boolean) | undefined {
  if (values === undefined) {
    return undefined;
  }
  const wanted = new Set(values.map((value) => foldText(value)));
  return (value) => value !== undefined && wanted.has(foldValue(value));
}

/** Compiles one `when`; an empty `when` matches everything. */
export function compileMatch(match: Match): MatchPredicate {
  const checks: MatchPredicate[] = [];
  const add = (values: readonly string[] | undefined, pick: (facts: MatchFacts) => string | undefined) => {
    const test = oneOf(values);
    if (test !== undefined) {
      checks.push((facts) => test(pick(facts)));
    }
  };
  const addAny = (values: readonly string[] | undefined, pick: (facts: MatchFacts) => readonly string[]) => {
    const test = oneOf(values);
    if (test !== undefined) {
      checks.push((facts) => pick(facts).some(test));
    }
  };
  const trigger = oneOf(match.trigger);
  if (trigger !== undefined) {
    checks.push((facts) => facts.reasons.some((reason) => trigger(reason.trigger)));
  }
  const kind = oneOf(match.kind);
  if (kind !== undefined) {
    checks.push((facts) => facts.reasons.some((reason) => kind(reason.kind)));
  }
  add(match.intent, (facts) => facts.view.intent);
  add(match.category, (facts) => facts.view.category);
  addAny(match.keyword, (facts) => facts.keywords);
  add(match.task, (facts) => facts.view.taskType);
  add(match.risk, (facts) => facts.risk);
  add(match.customer_tier, (facts) => facts.view.customerTier);
  add(match.channel, (facts) => facts.view.channel);
  add(match.locale, (facts) => facts.locale);
  add(match.mode, (facts) => facts.mode ?? undefined);
  const below = match.sentiment_below;
  if (below !== undefined) {
    checks.push((facts) => facts.sentiment < below);
  }
  // Tests on the case itself (e.g. fields.impact), compiled once like those of a `case` trigger.
  for (const test of (match.where ?? []).map(compileValueTest)) {
    checks.push((facts) => test(facts.view.raw));
  }
  return (facts) => checks.every((check) => check(facts));
}
