// Says in plain words, in English or Turkish, when a trigger's condition holds and what a route or rule looks at.
import type { Condition, Playbook } from '../playbook/schema.js';
import type { Match } from '../playbook/match-schema.js';
import type { DocumentLocale } from './document.js';

type ValueTest = Extract<Condition, { kind: 'case' }>['where'][number];

const joined = (values: readonly (string | number)[], locale: DocumentLocale): string => {
  const items = values.map(String);
  if (items.length <= 1) {
    return items.join('');
  }
  const or = locale === 'tr' ? ' veya ' : ' or ';
  return `${items.slice(0, -1).join(', ')}${or}${items.at(-1) ?? ''}`;
};

const quoted = (values: readonly string[], locale: DocumentLocale): string =>
  joined(
    values.map((value) => `"${value.replace(/\*$/, '…')}"`),
    locale,
  );

function valueTest(test: ValueTest, locale: DocumentLocale): string {
  const tr = locale === 'tr';
  const parts: string[] = [];
  const say = (en: string, turkish: string) => parts.push(tr ? turkish : en);
  if (test.exists === true) {
    say('is present', 'var');
  }
  if (test.exists === false) {
    say('is missing', 'yok');
  }
  if (test.equals !== undefined) {
    say(`is ${String(test.equals)}`, `${String(test.equals)} ise`);
  }
  if (test.not_equals !== undefined) {
    say(`is not ${String(test.not_equals)}`, `${String(test.not_equals)} değilse`);
  }
  if (test.in !== undefined) {
    say(`is ${joined(test.in, locale)}`, `${joined(test.in, locale)} ise`);
  }
  if (test.not_in !== undefined) {
    say(`is none of ${test.not_in.join(', ')}`, `${test.not_in.join(', ')} dışında ise`);
  }
  if (test.gt !== undefined) {
    say(`is above ${test.gt}`, `${test.gt} üzerinde ise`);
  }
  if (test.gte !== undefined) {
    say(`is at least ${test.gte}`, `en az ${test.gte} ise`);
  }
  if (test.lt !== undefined) {
    say(`is below ${test.lt}`, `${test.lt} altında ise`);
  }
  if (test.lte !== undefined) {
    say(`is at most ${test.lte}`, `en çok ${test.lte} ise`);
  }
  if (test.pattern !== undefined) {
    say(`matches /${test.pattern}/`, `/${test.pattern}/ kalıbına uyuyorsa`);
  }
  return `${test.path} ${parts.join(tr ? ' ve ' : ' and ')}`;
}

const tests = (where: readonly ValueTest[], locale: DocumentLocale): string =>
  where.map((test) => valueTest(test, locale)).join(locale === 'tr' ? ' ve ' : ' and ');

/** The thresholds by risk level, e.g. "low 0.6, medium 0.8". */
export function riskThresholds(playbook: Playbook): string {
  const order = playbook.risk.order ?? Object.keys(playbook.risk.levels);
  return order
    .map((level) => {
      const threshold = playbook.risk.levels[level]?.threshold;
      return threshold === undefined ? undefined : `${level} ${threshold}`;
    })
    .filter((text): text is string => text !== undefined)
    .join(', ');
}

/** When a condition holds, in one sentence fragment. */
export function describeCondition(condition: Condition, playbook: Playbook, locale: DocumentLocale): string {
  const tr = locale === 'tr';
  const inner = (nested: Condition) => describeCondition(nested, playbook, locale);
  switch (condition.kind) {
    case 'confidence':
      if (condition.below !== undefined) {
        return tr
          ? `yapay zekânın güveni ${condition.below} altında`
          : `the AI's confidence is below ${condition.below}`;
      }
      return tr
        ? `yapay zekânın güveni görevin risk eşiğinin altında (${riskThresholds(playbook)})`
        : `the AI's confidence is below the threshold of the task's risk (${riskThresholds(playbook)})`;
    case 'human_request': {
      const intents =
        condition.intents === undefined
          ? ''
          : ` (${tr ? 'ya da yapay zekâ niyeti' : 'or the AI intent is'} ${joined(condition.intents, locale)})`;
      return tr
        ? `müşteri bir insanla görüşmek istiyor${intents}`
        : `the customer asks for a person${intents}`;
    }
    case 'keyword': {
      const lists =
        condition.keywords === undefined
          ? []
          : Array.isArray(condition.keywords)
            ? [quoted(condition.keywords, locale)]
            : Object.entries(condition.keywords).map(([lang, words]) => `${lang}: ${quoted(words, locale)}`);
      const patterns =
        condition.patterns === undefined ? [] : condition.patterns.map((pattern) => `/${pattern}/`);
      const what = [...lists, ...patterns].join('; ');
      const scope =
        condition.scope === 'conversation'
          ? tr
            ? 'konuşmanın herhangi bir yerinde'
            : 'anywhere in the conversation'
          : tr
            ? 'son mesajda'
            : 'in the latest message';
      return tr ? `${scope} şu sözcükler geçiyor: ${what}` : `${scope}, the words ${what} appear`;
    }
    case 'sentiment': {
      const parts: string[] = [];
      if (condition.below !== undefined) {
        parts.push(tr ? `duygu puanı ${condition.below} altında` : `sentiment is below ${condition.below}`);
      }
      if (condition.falling !== undefined) {
        const { turns, by } = condition.falling;
        parts.push(
          tr ? `duygu puanı ${turns} mesajda ${by} düştü` : `sentiment fell by ${by} over ${turns} turns`,
        );
      }
      return parts.join(tr ? ' veya ' : ' or ');
    }
    case 'customer': {
      const parts: string[] = [];
      if (condition.tier !== undefined) {
        parts.push(
          tr
            ? `müşteri segmenti ${joined(condition.tier, locale)}`
            : `the customer tier is ${joined(condition.tier, locale)}`,
        );
      }
      if (condition.where !== undefined) {
        parts.push(`${tr ? 'müşteride' : 'on the customer,'} ${tests(condition.where, locale)}`);
      }
      return parts.join(tr ? ' ve ' : ' and ');
    }
    case 'field': {
      const parts: string[] = [];
      if (condition.required !== undefined) {
        parts.push(
          tr
            ? `şu alanlardan biri eksik: ${condition.required.join(', ')}`
            : `one of the fields ${condition.required.join(', ')} is missing`,
        );
      }
      if (condition.where !== undefined) {
        parts.push(`${tr ? 'alanlarda' : 'in the fields,'} ${tests(condition.where, locale)}`);
      }
      if (condition.schema !== undefined) {
        parts.push(tr ? 'alanlar şemaya uymuyor' : 'the fields break their schema');
      }
      return parts.join(tr ? ' veya ' : ' or ');
    }
    case 'flag': {
      const all = condition.match === 'all';
      return tr
        ? `vakada ${all ? 'şu işaretlerin hepsi' : 'şu işaretlerden biri'} var: ${condition.flags.join(', ')}`
        : `the case carries ${all ? 'all of the flags' : 'the flag'} ${joined(condition.flags, locale)}`;
    }
    case 'ai_loop': {
      const parts: string[] = [];
      if (condition.failed_attempts !== undefined) {
        parts.push(
          tr
            ? `yapay zekâ ${condition.failed_attempts} kez başaramadı`
            : `the AI failed ${condition.failed_attempts} times`,
        );
      }
      if (condition.repeated_intent !== undefined) {
        parts.push(
          tr
            ? `aynı niyet ${condition.repeated_intent} tur üst üste geldi`
            : `the same intent came ${condition.repeated_intent} turns running`,
        );
      }
      if (parts.length === 0) {
        parts.push(tr ? 'yapay zekâ aynı yerde dönüyor' : 'the AI goes round in circles');
      }
      return parts.join(tr ? ' veya ' : ' or ');
    }
    case 'ambiguity':
      return tr
        ? `en olası iki niyet arasındaki fark ${condition.margin ?? 0.1} altında${condition.flagged === true ? ' ya da yapay zekâ belirsiz dedi' : ''}`
        : `the two likeliest intents are within ${condition.margin ?? 0.1} of each other${condition.flagged === true ? ', or the AI says it is unsure' : ''}`;
    case 'frequency': {
      const also =
        condition.when === undefined
          ? ''
          : tr
            ? ` (${inner(condition.when)} olduğunda)`
            : ` (counting when ${inner(condition.when)})`;
      return tr
        ? `aynı ${condition.key} ${condition.within} içinde ${condition.count} kez görüldü${also}`
        : `the same ${condition.key} is seen ${condition.count} times within ${condition.within}${also}`;
    }
    case 'case':
      return tests(condition.where, locale);
    case 'all':
      return condition.of.map(inner).join(tr ? ' ve ' : ' and ');
    case 'any':
      return condition.of.map(inner).join(tr ? ' veya ' : ' or ');
    case 'not':
      return tr ? `şu durum yok: ${inner(condition.of)}` : `not (${inner(condition.of)})`;
  }
}

const matchKeys: Record<keyof Match, [string, string]> = {
  trigger: ['trigger', 'tetikleyici'],
  kind: ['trigger kind', 'tetikleyici türü'],
  intent: ['intent', 'niyet'],
  category: ['category', 'kategori'],
  keyword: ['keyword', 'anahtar sözcük'],
  task: ['task', 'görev'],
  risk: ['risk', 'risk'],
  customer_tier: ['customer tier', 'müşteri segmenti'],
  channel: ['channel', 'kanal'],
  locale: ['language', 'dil'],
  mode: ['mode', 'mod'],
  sentiment_below: ['sentiment below', 'duygu puanı altında'],
  where: ['case', 'vaka'],
};

// The Turkish sentences around a match close it with "ise" themselves, so the tests leave out their last one.
const whereTests = (where: readonly ValueTest[], locale: DocumentLocale): string =>
  locale === 'tr' ? tests(where, locale).replace(/ ise$/, '') : tests(where, locale);

/**
 * What a route, priority rule or approval rule looks at, e.g. "intent: refund_request or payment_issue" or
 * "case: fields.impact is high and fields.urgency is low".
 */
export function describeMatch(match: Match | undefined, locale: DocumentLocale): string {
  const entries = Object.entries(match ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    return locale === 'tr' ? 'her zaman' : 'always';
  }
  return entries
    .map(([key, value]) => {
      const [en, turkish] = matchKeys[key as keyof Match];
      const values =
        key === 'where'
          ? whereTests(value as ValueTest[], locale)
          : Array.isArray(value)
            ? joined(value as string[], locale)
            : String(value);
      return `${locale === 'tr' ? turkish : en}: ${values}`;
    })
    .join('; ');
}

/** Any map of lists (SLA and automation matches) in words, e.g. "priority: urgent; team: billing". */
export function describeLists(match: Record<string, unknown> | undefined, locale: DocumentLocale): string {
  const entries = Object.entries(match ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    return locale === 'tr' ? 'tüm eskalasyonlar' : 'every escalation';
  }
  return entries
    .map(([key, value]) => {
      if (Array.isArray(value)) {
        return `${key.replace(/_/g, ' ')}: ${joined(value.map(String), locale)}`;
      }
      if (typeof value === 'object' && value !== null) {
        return Object.entries(value)
          .map(([path, values]) => `${path}: ${joined((values as unknown[]).map(String), locale)}`)
          .join('; ');
      }
      return `${key.replace(/_/g, ' ')}: ${String(value)}`;
    })
    .join('; ');
}
