// Compiles trigger conditions into checks over one case; each check returns a plain-words detail when it holds.
import { Ajv } from 'ajv';
import { compileLinearPattern, linearRegExpEngine } from '../playbook/linear-pattern.js';
import type { Condition } from '../playbook/schema.js';
import { compileKeywordMatcher, type KeywordEntry } from '../signals/keyword-matcher.js';
import { negationCheckFor } from '../signals/keyword-negation.js';
import type { CaseSignals } from './case-signals.js';
import { parseDuration } from '../time/duration.js';
import type { CounterStore } from './counters.js';
import type { CaseView } from './read-case.js';
import type { RiskAssessment } from './risk.js';
import { compilePath } from './value-path.js';
import { compileValueTest, describeValueTest } from './value-test.js';

/** Everything a check may look at for one case. Checks add what they find to the collections. */
export interface EvaluationContext {
  view: CaseView;
  signals: CaseSignals;
  risk: RiskAssessment;
  now: number;
  counters: CounterStore;
  /** Distinct keywords found, in the order first found. */
  keywordHits: string[];
  violations: string[];
  counts: Record<string, number>;
}

export interface CompiledCondition {
  /** The detail when the condition holds, null when it does not. */
  check(context: EvaluationContext): string | null;
  /** What the condition says, for reasons about negations. */
  summary: string;
}

const defaultSuccessResults = new Set(['resolved', 'success', 'succeeded', 'ok', 'done', 'answered']);
const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: linearRegExpEngine } });

const percent = (value: number): string => value.toFixed(2);

const negationChecks = { en: negationCheckFor('en'), tr: negationCheckFor('tr') } as const;

const describeTask = (risk: RiskAssessment): string =>
  `task ${risk.taskType ?? '(none)'} (risk ${risk.level})`;

// One list for every keyword trigger that names no roles, so a case's tokens for it are found by identity.
const CUSTOMER_ONLY: readonly string[] = ['customer'];

function compileKeyword(condition: Extract<Condition, { kind: 'keyword' }>): CompiledCondition {
  const entries: KeywordEntry[] = Array.isArray(condition.keywords)
    ? condition.keywords.map((keyword) => ({ keyword }))
    : Object.entries(condition.keywords ?? {}).flatMap(([locale, keywords]) =>
        keywords.map((keyword) => ({ keyword, locale: locale.toLowerCase().slice(0, 2) })),
      );
  const matcher = compileKeywordMatcher(entries);
  // Patterns were checked to compile for the linear-time engine when the playbook was parsed.
  const patterns = (condition.patterns ?? []).map((pattern) =>
    compileLinearPattern(pattern, { ignoreCase: true }),
  );
  const scope = condition.scope ?? 'latest';
  const roles = condition.roles ?? CUSTOMER_ONLY;
  const where = scope === 'latest' ? 'the latest message' : 'the conversation';
  const isNegationIgnored = condition.negation === 'ignore';
  return {
    summary: `keywords in ${where}`,
    check(context) {
      const { signals } = context;
      const found =
        entries.length === 0
          ? []
          : isNegationIgnored
            ? matcher.match(signals.tokensFor(scope, roles), signals.locale)
            : matcher.match(
                signals.clauseTokensFor(scope, roles),
                signals.locale,
                negationChecks[signals.locale],
              );
      if (patterns.length > 0) {
        const texts = context.signals.textsFor(scope, roles);
        for (const pattern of patterns) {
          if (texts.some((body) => pattern.test(body))) {
            found.push(pattern.toString());
          }
        }
      }
      if (found.length === 0) {
        return null;
      }
      for (const keyword of found) {
        if (!context.keywordHits.includes(keyword)) {
          context.keywordHits.push(keyword);
        }
      }
      return `${where} contains ${found.map((keyword) => `"${keyword}"`).join(', ')}`;
    },
  };
}

function compileSentiment(condition: Extract<Condition, { kind: 'sentiment' }>): CompiledCondition {
  const { below, falling } = condition;
  return {
    summary: 'negative sentiment',
    check(context) {
      const sentiment = context.signals.sentiment;
      if (below !== undefined && sentiment.score < below) {
        return `sentiment ${percent(sentiment.score)} is below ${percent(below)}`;
      }
      if (falling !== undefined && sentiment.trend.length >= falling.turns) {
        const window = sentiment.trend.slice(-falling.turns);
        const drop = (window[0] ?? 0) - (window.at(-1) ?? 0);
        if (drop >= falling.by) {
          return `sentiment fell by ${percent(drop)} over the last ${falling.turns} customer messages`;
        }
      }
      return null;
    },
  };
}

function compileField(condition: Extract<Condition, { kind: 'field' }>): CompiledCondition {
  const required = (condition.required ?? []).map((path) => ({ path, read: compilePath(path) }));
  const tests = (condition.where ?? []).map(compileValueTest);
  const validate = condition.schema === undefined ? undefined : ajv.compile(condition.schema);
  const described = (condition.where ?? []).map(describeValueTest).join(' and ');
  return {
    summary: 'field rules',
    check(context) {
      const { fields } = context.view;
      // Missing fields and schema failures are violations too; a `where` match is only a detail.
      let missing: string[] | undefined;
      for (const { path, read } of required) {
        const value = read(fields);
        if (value === undefined || value === null || value === '') {
          (missing ??= []).push(path);
        }
      }
      let detail: string | null = null;
      if (missing !== undefined) {
        detail = `missing required field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
        context.violations.push(detail);
      }
      if (validate !== undefined && !validate(fields)) {
        const errors = (validate.errors ?? []).map(
          (error) => `${error.instancePath || 'fields'} ${error.message ?? ''}`,
        );
        const problem = `fields fail the schema: ${errors.join('; ')}`;
        context.violations.push(problem);
        detail = detail === null ? problem : `${detail}; ${problem}`;
      }
      if (tests.length > 0 && tests.every((test) => test(fields))) {
        const problem = `fields match ${described}`;
        detail = detail === null ? problem : `${detail}; ${problem}`;
      }
      return detail;
    },
  };
}

function compileAiLoop(condition: Extract<Condition, { kind: 'ai_loop' }>): CompiledCondition {
  const successes = new Set(
    (condition.success_results ?? [...defaultSuccessResults]).map((r) => r.toLowerCase()),
  );
  return {
    summary: 'the AI going round in circles',
    check({ view }) {
      if (condition.failed_attempts !== undefined) {
        const failed = view.attempts.filter(
          (attempt) => attempt.result !== undefined && !successes.has(attempt.result.toLowerCase()),
        );
        if (failed.length >= condition.failed_attempts) {
          return `the AI failed ${failed.length} attempts (${failed.map((a) => a.action).join(', ')})`;
        }
      }
      if (condition.repeated_intent !== undefined) {
        const intents = view.messages
          .filter((m) => m.role === 'ai' && m.intent !== undefined)
          .map((m) => m.intent);
        if (view.intent !== undefined) {
          intents.push(view.intent);
        }
        const last = intents.at(-1);
        let run = 0;
        for (let index = intents.length - 1; index >= 0 && intents[index] === last; index -= 1) {
          run += 1;
        }
        if (last !== undefined && run >= condition.repeated_intent) {
          return `the AI saw the same intent "${last}" ${run} turns in a row`;
        }
      }
      return null;
    },
  };
}

function compileAmbiguity(condition: Extract<Condition, { kind: 'ambiguity' }>): CompiledCondition {
  const margin = condition.margin ?? 0.1;
  const honoursFlag = condition.flagged ?? true;
  return {
    summary: 'ambiguous input',
    check({ view }) {
      if (honoursFlag && view.ambiguous) {
        return 'the AI marked the input as ambiguous';
      }
      const scored = view.alternatives.filter((alternative) => alternative.intent !== view.intent);
      if (view.confidence !== undefined && view.intent !== undefined) {
        scored.push({ intent: view.intent, confidence: view.confidence });
      }
      scored.sort((a, b) => b.confidence - a.confidence);
      const [best, second] = scored;
      if (best !== undefined && second !== undefined && best.confidence - second.confidence < margin) {
        return (
          `intents "${best.intent}" (${percent(best.confidence)}) and "${second.intent}" ` +
          `(${percent(second.confidence)}) are closer than ${percent(margin)}`
        );
      }
      return null;
    },
  };
}

function compileFrequency(
  condition: Extract<Condition, { kind: 'frequency' }>,
  name: string,
): CompiledCondition {
  const windowMs = parseDuration(condition.within);
  const readKey = compilePath(condition.key);
  const only = condition.when === undefined ? undefined : compileCondition(condition.when, `${name}.when`);
  return {
    summary: `${condition.key} seen ${condition.count} times within ${condition.within}`,
    check(context) {
      const value = readKey(context.view.raw);
      if ((typeof value !== 'string' && typeof value !== 'number') || context.view.id === '') {
        return null;
      }
      if (only !== undefined && only.check(context) === null) {
        return null;
      }
      const count = context.counters.record(name, String(value), context.view.id, context.now, windowMs);
      context.counts[`${name}:${String(value)}`] = count;
      return count >= condition.count
        ? `${condition.key} ${String(value)} seen in ${count} cases within ${condition.within} (limit ${condition.count})`
        : null;
    },
  };
}

/** The wanted (lower-case) flags that the case carries, in the playbook's order. */
function flagsPresent(wanted: readonly string[], flags: readonly string[]): string[] {
  const present = new Set(flags.map((flag) => flag.toLowerCase()));
  return wanted.filter((flag) => present.has(flag));
}

function compileTests(
  where: Parameters<typeof compileValueTest>[0][],
  pick: (view: CaseView) => unknown,
  label: string,
): CompiledCondition {
  const tests = where.map(compileValueTest);
  const detail = `${label} ${where.map(describeValueTest).join(' and ')}`;
  return {
    summary: detail,
    check({ view }) {
      const root = pick(view);
      for (const test of tests) {
        if (!test(root)) {
          return null;
        }
      }
      return detail;
    },
  };
}

function compileHumanRequest(intents: readonly string[] | undefined): CompiledCondition {
  const trusted = new Set((intents ?? []).map((intent) => intent.toLowerCase()));
  return {
    summary: 'the customer asking for a person',
    check({ signals, view }) {
      const { requested, phrase, source, probability } = signals.humanRequest;
      if (requested) {
        // The model's reading names itself and its confidence, so a reviewer can tell a learned guess from a rule.
        const how = source === 'model' ? ` (model, p=${percent(probability)})` : '';
        return `the customer asked for a person${how}${phrase === null ? '' : `: "${phrase}"`}`;
      }
      const intent = view.intent;
      return intent !== undefined && trusted.has(intent.toLowerCase())
        ? `the AI read the intent "${intent}" as a request for a person`
        : null;
    },
  };
}

/** Compiles one condition; `name` identifies it for counters (trigger id plus position). */
export function compileCondition(condition: Condition, name: string): CompiledCondition {
  switch (condition.kind) {
    case 'confidence': {
      const { below, when_missing: whenMissing = 'ignore' } = condition;
      return {
        summary: 'low AI confidence',
        check({ view, risk }) {
          const threshold = below ?? risk.threshold;
          if (threshold === null) {
            return null;
          }
          if (view.confidence === undefined) {
            return whenMissing === 'fire' ? `the AI sent no confidence for ${describeTask(risk)}` : null;
          }
          return view.confidence < threshold
            ? `confidence ${percent(view.confidence)} is below ${percent(threshold)} for ${describeTask(risk)}`
            : null;
        },
      };
    }
    case 'human_request':
      return compileHumanRequest(condition.intents);
    case 'keyword':
      return compileKeyword(condition);
    case 'sentiment':
      return compileSentiment(condition);
    case 'customer': {
      const tiers = new Set((condition.tier ?? []).map((tier) => tier.toLowerCase()));
      const where =
        condition.where === undefined
          ? undefined
          : compileTests(condition.where, (v) => v.customer, 'customer');
      return {
        summary: `customer ${[...tiers].join('/')}`,
        check(context) {
          const tier = context.view.customerTier;
          if (tiers.size > 0 && (tier === undefined || !tiers.has(tier.toLowerCase()))) {
            return null;
          }
          const detail = where === undefined ? null : where.check(context);
          if (where !== undefined && detail === null) {
            return null;
          }
          return [tiers.size > 0 ? `customer tier is ${tier ?? ''}` : null, detail]
            .filter(Boolean)
            .join('; ');
        },
      };
    }
    case 'field':
      return compileField(condition);
    case 'flag': {
      const wanted = condition.flags.map((flag) => flag.toLowerCase());
      const matchAll = condition.match === 'all';
      return {
        summary: `flags ${wanted.join(', ')}`,
        check({ view }) {
          // Most cases carry no flags: nothing to lower-case or collect.
          const hits = view.flags.length === 0 ? [] : flagsPresent(wanted, view.flags);
          const holds = matchAll ? hits.length === wanted.length : hits.length > 0;
          return holds ? `the case is flagged ${hits.join(', ')}` : null;
        },
      };
    }
    case 'ai_loop':
      return compileAiLoop(condition);
    case 'ambiguity':
      return compileAmbiguity(condition);
    case 'frequency':
      return compileFrequency(condition, name);
    case 'case':
      return compileTests(condition.where, (view) => view.raw, 'case');
    case 'all': {
      const parts = condition.of.map((part, index) => compileCondition(part, `${name}.${index}`));
      return {
        summary: parts.map((part) => part.summary).join(' and '),
        check(context) {
          let details: string | null = null;
          for (const part of parts) {
            const detail = part.check(context);
            if (detail === null) {
              return null;
            }
            details = details === null ? detail : `${details}; and ${detail}`;
          }
          return details ?? '';
        },
      };
    }
    case 'any': {
      const parts = condition.of.map((part, index) => compileCondition(part, `${name}.${index}`));
      return {
        summary: parts.map((part) => part.summary).join(' or '),
        check(context) {
          for (const part of parts) {
            const detail = part.check(context);
            if (detail !== null) {
              return detail;
            }
          }
          return null;
        },
      };
    }
    case 'not': {
      const inner = compileCondition(condition.of, `${name}.not`);
      return {
        summary: `not ${inner.summary}`,
        check: (context) => (inner.check(context) === null ? `no ${inner.summary}` : null),
      };
    }
  }
}
