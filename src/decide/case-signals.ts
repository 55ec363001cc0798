// What the decider derives from one case's text, each signal computed at most once and only when asked for.
import { findPii } from '../signals/pii.js';
import { detectHumanRequest } from '../signals/human-request.js';
import { normaliseLocale } from '../signals/detect-locale.js';
import { scoreConversation } from '../signals/sentiment.js';
import { tokenize } from '../signals/normalise.js';
import type { CaseMessage, CaseView } from './read-case.js';

export interface PiiCount {
  type: string;
  count: number;
}

/** Lazily computed text signals of one case. */
export interface CaseSignals {
  readonly locale: 'tr' | 'en';
  readonly latestCustomerText: string;
  /** Tokens of the latest message, or of the whole conversation, from the given roles. */
  tokensFor(scope: 'latest' | 'conversation', roles: readonly string[]): readonly string[];
  /** Raw texts of the same selection, for regular-expression patterns. */
  textsFor(scope: 'latest' | 'conversation', roles: readonly string[]): readonly string[];
  readonly sentiment: { score: number; source: 'case' | 'computed'; trend: number[]; frustration: string[] };
  readonly humanRequest: { requested: boolean; phrase: string | null };
  readonly pii: PiiCount[];
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Derives the signals of a case on demand. */
export function makeCaseSignals(view: CaseView): CaseSignals {
  const customerMessages = view.messages.filter((message) => message.role === 'customer');
  const latestCustomerText = customerMessages.at(-1)?.text ?? '';
  const locale = lazy(() => normaliseLocale(view.locale, customerMessages.map((m) => m.text).join('\n')));
  const tokenCache = new Map<string, readonly string[]>();
  const textsFor = (scope: 'latest' | 'conversation', roles: readonly string[]): string[] => {
    const chosen = view.messages.filter((message) => roles.includes(message.role));
    const selected: CaseMessage[] = scope === 'latest' ? chosen.slice(-1) : chosen;
    return selected.map((message) => message.text);
  };
  const conversation = lazy(() => scoreConversation(view.messages, locale()));
  const sentiment = lazy(() => {
    const computed = conversation();
    return view.sentiment === undefined
      ? {
          score: computed.score,
          source: 'computed' as const,
          trend: computed.trend,
          frustration: computed.frustration,
        }
      : {
          score: view.sentiment,
          source: 'case' as const,
          trend: computed.trend,
          frustration: computed.frustration,
        };
  });
  const humanRequest = lazy(() => detectHumanRequest(latestCustomerText, locale()));
  const pii = lazy(() => {
    const counts = new Map<string, number>();
    for (const message of customerMessages) {
      for (const match of findPii(message.text)) {
        counts.set(match.type, (counts.get(match.type) ?? 0) + 1);
      }
    }
    return [...counts].map(([type, count]) => ({ type, count }));
  });
  return {
    get locale() {
      return locale();
    },
    latestCustomerText,
    tokensFor(scope, roles) {
      const key = `${scope}|${roles.join(',')}`;
      let tokens = tokenCache.get(key);
      if (tokens === undefined) {
        // A separator token keeps a phrase from matching across two messages.
        tokens = textsFor(scope, roles).flatMap((body) => [...tokenize(body), '\u0000']);
        tokenCache.set(key, tokens);
      }
      return tokens;
    },
    textsFor,
    get sentiment() {
      return sentiment();
    },
    get humanRequest() {
      return humanRequest();
    },
    get pii() {
      return pii();
    },
  };
}
