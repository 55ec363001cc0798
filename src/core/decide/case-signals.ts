// What the decider derives from one case's text, each signal computed at most once and only when asked for.
import { detectLocaleOfTexts, localeOfTag, type SignalLocale } from '../signals/detect-locale.js';
import { detectHumanRequest, type HumanRequest } from '../signals/human-request.js';
import { clauseTokens } from '../signals/keyword-negation.js';
import { TextMemo } from '../signals/normalise.js';
import { findPii } from '../signals/pii.js';
import { scoreConversation } from '../signals/sentiment.js';
import type { CaseMessage, CaseView } from './read-case.js';

export interface PiiCount {
  type: string;
  count: number;
}

type Scope = 'latest' | 'conversation';

/** Lazily computed text signals of one case. */
export interface CaseSignals {
  readonly locale: 'tr' | 'en';
  readonly latestCustomerText: string;
  /** Tokens of the latest message, or of the whole conversation, from the given roles. */
  tokensFor(scope: Scope, roles: readonly string[]): readonly string[];
  /** The same tokens with a separator after each clause, for matching that must not cross one. */
  clauseTokensFor(scope: Scope, roles: readonly string[]): readonly string[];
  /** Raw texts of the same selection, for regular-expression patterns. */
  textsFor(scope: Scope, roles: readonly string[]): readonly string[];
  readonly sentiment: { score: number; source: 'case' | 'computed'; trend: number[]; frustration: string[] };
  readonly humanRequest: HumanRequest;
  readonly pii: PiiCount[];
}

// One instance per decision: a class with fields left undefined until first asked keeps that to a single
// small allocation, where an object of getters over closures cost more than all the triggers together.
class LazyCaseSignals implements CaseSignals {
  private readonly view: CaseView;
  private customerMessagesValue: CaseMessage[] | undefined = undefined;
  private localeValue: SignalLocale | undefined = undefined;
  private sentimentValue: CaseSignals['sentiment'] | undefined = undefined;
  private humanRequestValue: HumanRequest | undefined = undefined;
  private piiValue: PiiCount[] | undefined = undefined;
  private tokenCache: Map<string, readonly string[]> | undefined = undefined;
  private lastClauseRoles: readonly string[] | undefined = undefined;
  private lastClauseScope: Scope | undefined = undefined;
  private lastClauseTokens: readonly string[] | undefined = undefined;
  // Each text folded and split once, then shared by the locale, sentiment, keyword and human-request readers.
  private readonly memo = new TextMemo();

  constructor(view: CaseView) {
    this.view = view;
  }

  private get customerMessages(): CaseMessage[] {
    return (this.customerMessagesValue ??= this.view.messages.filter(
      (message) => message.role === 'customer',
    ));
  }

  get latestCustomerText(): string {
    return this.customerMessages.at(-1)?.text ?? '';
  }

  get locale(): SignalLocale {
    // The case's own tag, when it names English or Turkish, spares joining the texts to detect the language.
    return (this.localeValue ??=
      localeOfTag(this.view.locale) ??
      detectLocaleOfTexts(
        this.customerMessages.map((message) => message.text),
        this.memo,
      ));
  }

  tokensFor(scope: Scope, roles: readonly string[]): readonly string[] {
    const key = `${scope}|${roles.join(',')}`;
    this.tokenCache ??= new Map();
    let tokens = this.tokenCache.get(key);
    if (tokens === undefined) {
      // A separator token keeps a phrase from matching across two messages. Loops, not flatMap() and flat(),
      // which cost V8 more than folding and splitting the texts.
      const joined: string[] = [];
      for (const body of this.textsFor(scope, roles)) {
        for (const clause of this.memo.sentenceClauses(body)) {
          for (const token of clause) {
            joined.push(token);
          }
        }
        joined.push('\u0000');
      }
      tokens = joined;
      this.tokenCache.set(key, tokens);
    }
    return tokens;
  }

  clauseTokensFor(scope: Scope, roles: readonly string[]): readonly string[] {
    // Keyword triggers mostly ask with the same roles list (the playbook's default): no key to build then.
    if (
      roles === this.lastClauseRoles &&
      scope === this.lastClauseScope &&
      this.lastClauseTokens !== undefined
    ) {
      return this.lastClauseTokens;
    }
    const found = this.clauseTokensByKey(scope, roles);
    this.lastClauseRoles = roles;
    this.lastClauseScope = scope;
    this.lastClauseTokens = found;
    return found;
  }

  private clauseTokensByKey(scope: Scope, roles: readonly string[]): readonly string[] {
    const key = `clauses|${scope}|${roles.join(',')}`;
    this.tokenCache ??= new Map();
    let tokens = this.tokenCache.get(key);
    if (tokens === undefined) {
      const joined: string[] = [];
      for (const body of this.textsFor(scope, roles)) {
        for (const token of clauseTokens(body, this.memo)) {
          joined.push(token);
        }
      }
      tokens = joined;
      this.tokenCache.set(key, tokens);
    }
    return tokens;
  }

  textsFor(scope: Scope, roles: readonly string[]): string[] {
    const chosen = this.view.messages.filter((message) => roles.includes(message.role));
    const selected = scope === 'latest' ? chosen.slice(-1) : chosen;
    return selected.map((message) => message.text);
  }

  get sentiment(): CaseSignals['sentiment'] {
    if (this.sentimentValue !== undefined) {
      return this.sentimentValue;
    }
    const locale = this.locale;
    // Without customer messages there is nothing to score: what scoreConversation answers, without its work.
    const computed =
      this.customerMessages.length === 0
        ? { score: 0, trend: [], frustration: [] }
        : scoreConversation(this.view.messages, locale, this.memo);
    const given = this.view.sentiment;
    this.sentimentValue =
      given === undefined
        ? {
            score: computed.score,
            source: 'computed',
            trend: computed.trend,
            frustration: computed.frustration,
          }
        : { score: given, source: 'case', trend: computed.trend, frustration: computed.frustration };
    return this.sentimentValue;
  }

  get humanRequest(): HumanRequest {
    return (this.humanRequestValue ??= detectHumanRequest(this.latestCustomerText, this.locale, this.memo));
  }

  get pii(): PiiCount[] {
    if (this.piiValue !== undefined) {
      return this.piiValue;
    }
    const messages = this.customerMessages;
    if (messages.length === 0) {
      return (this.piiValue = []);
    }
    const counts = new Map<string, number>();
    for (const message of messages) {
      for (const match of findPii(message.text)) {
        counts.set(match.type, (counts.get(match.type) ?? 0) + 1);
      }
    }
    this.piiValue = [...counts].map(([type, count]) => ({ type, count }));
    return this.piiValue;
  }
}

/** Derives the signals of a case on demand. */
export function makeCaseSignals(view: CaseView): CaseSignals {
  return new LazyCaseSignals(view);
}
