import { describe, expect, it } from 'vitest';
import { compilePlaybook } from './compile-playbook.js';
import { makeMemoryCounterStore } from './counters.js';
import { NOW, playbookWith } from './__fixtures__/playbook.js';

const customer = (...texts: string[]) => texts.map((text) => ({ role: 'customer', text }));

describe('confidence triggers', () => {
  const decider = compilePlaybook(playbookWith([{ id: 'low-confidence', kind: 'confidence' }]));

  it('escalates when confidence is under the threshold of the task risk, saying so in plain words', () => {
    const decision = decider.decide({ id: 'c1', task: { type: 'refund' }, ai: { confidence: 0.72 } }, NOW);
    expect(decision.action).toBe('escalate');
    expect(decision.mode).toBe('proactive');
    expect(decision.reasons[0]?.detail).toBe('confidence 0.72 is below 0.90 for task refund (risk high)');
  });

  it('lets a low-risk task go on at the same confidence', () => {
    const decision = decider.decide(
      { id: 'c1', task: { type: 'order_status' }, ai: { confidence: 0.72 } },
      NOW,
    );
    expect(decision.action).toBe('continue');
    expect(decision.route).toBeNull();
    expect(decision.priority).toBeNull();
    expect(decision.signals.threshold).toBe(0.6);
  });

  it('uses a per-task threshold when the playbook gives one', () => {
    const decision = decider.decide(
      { id: 'c1', task: { type: 'password_reset' }, ai: { confidence: 0.55 } },
      NOW,
    );
    expect(decision.action).toBe('continue');
    expect(decision.signals.threshold).toBe(0.5);
  });

  it('never lets the AI claim a laxer risk than the playbook gives its task', () => {
    const decision = decider.decide(
      { id: 'c1', task: { type: 'refund', risk: 'low' }, ai: { confidence: 0.85 } },
      NOW,
    );
    expect(decision.signals.risk).toBe('high');
    expect(decision.action).toBe('escalate');
  });

  it('honours a stricter risk claimed by the AI system', () => {
    const decision = decider.decide(
      { id: 'c1', task: { type: 'order_status', risk: 'high' }, ai: { confidence: 0.85 } },
      NOW,
    );
    expect(decision.signals.risk).toBe('high');
    expect(decision.action).toBe('escalate');
  });

  it('falls back to the default risk for unknown tasks', () => {
    const decision = decider.decide({ id: 'c1', task: { type: 'unknown' }, ai: { confidence: 0.79 } }, NOW);
    expect(decision.signals.risk).toBe('medium');
    expect(decision.action).toBe('escalate');
  });

  it('ignores a missing confidence unless told to fire', () => {
    expect(decider.decide({ id: 'c1' }, NOW).action).toBe('continue');
    const strict = compilePlaybook(playbookWith([{ id: 'c', kind: 'confidence', when_missing: 'fire' }]));
    expect(strict.decide({ id: 'c1' }, NOW).action).toBe('escalate');
  });

  it('requires approval for every critical task, whatever the confidence', () => {
    const decision = decider.decide(
      { id: 'c1', task: { type: 'wire_transfer' }, ai: { confidence: 0.99 } },
      NOW,
    );
    expect(decision.action).toBe('require_approval');
    expect(decision.reasons).toEqual([expect.objectContaining({ trigger: 'risk:critical', kind: 'risk' })]);
    expect(decision.route).toEqual(expect.objectContaining({ team: 'support', tier: 'L1' }));
  });
});

describe('human request triggers', () => {
  const decider = compilePlaybook(
    playbookWith([{ id: 'asks-for-human', kind: 'human_request', priority: 'high' }]),
  );

  it('escalates reactively when the customer asks for a person, in English or Turkish', () => {
    for (const text of ['Can I talk to a real person please?', 'Beni müşteri temsilcisine bağlar mısınız?']) {
      const decision = decider.decide({ id: 'c1', conversation: customer(text) }, NOW);
      expect(decision.action, text).toBe('escalate');
      expect(decision.mode).toBe('reactive');
      expect(decision.priority).toBe('high');
      expect(decision.signals.humanRequested).toBe(true);
    }
  });

  it('is not fooled by a negation', () => {
    const decision = decider.decide(
      { id: 'c1', conversation: customer("I don't need an agent, just the tracking link") },
      NOW,
    );
    expect(decision.action).toBe('continue');
  });

  it('says when the trained model heard the request, and how sure it was', () => {
    const decision = decider.decide({ id: 'c1', conversation: customer('need help talking w smone') }, NOW);
    expect(decision.action).toBe('escalate');
    expect(decision.signals).toMatchObject({ humanRequested: true, humanRequestSource: 'model' });
    expect(decision.signals.humanRequestProbability).toBeGreaterThan(0.5);
    expect(decision.reasons[0]?.detail).toMatch(
      /^the customer asked for a person \(model, p=(?:0\.\d\d|1\.00)\): "need help/,
    );
  });
});

describe('human request triggers that trust the AI intent', () => {
  const decider = compilePlaybook(
    playbookWith([
      { id: 'asks-for-human', kind: 'human_request', intents: ['agent_request', 'Talk_To_Human'] },
    ]),
  );

  it('escalates reactively on a listed ai.intent even when the text says nothing, whatever its case', () => {
    for (const intent of ['agent_request', 'talk_to_human']) {
      const decision = decider.decide({ id: 'c1', ai: { intent }, conversation: customer('hmm') }, NOW);
      expect(decision.action, intent).toBe('escalate');
      expect(decision.mode).toBe('reactive');
      expect(decision.reasons[0]?.detail).toBe(
        `the AI read the intent "${intent}" as a request for a person`,
      );
      expect(decision.signals.humanRequested).toBe(false);
    }
  });

  it('goes on for other intents, and without the option an intent alone does not count', () => {
    expect(decider.decide({ id: 'c1', ai: { intent: 'order_status' } }, NOW).action).toBe('continue');
    const textOnly = compilePlaybook(playbookWith([{ id: 'asks', kind: 'human_request' }]));
    expect(textOnly.decide({ id: 'c1', ai: { intent: 'agent_request' } }, NOW).action).toBe('continue');
  });
});

describe('keyword triggers', () => {
  const decider = compilePlaybook(
    playbookWith([
      { id: 'cancel', kind: 'keyword', keywords: ['iptal*', 'cancel'] },
      { id: 'legal', kind: 'keyword', keywords: { tr: ['yasal'], en: ['legal action'] } },
    ]),
  );

  it('matches Turkish keywords whatever the case and dotted or dotless I', () => {
    for (const text of [
      'İPTAL',
      'İptal etmek istiyorum',
      'iptal',
      'ıptal',
      'IPTAL',
      'siparişimin iptalini istiyorum',
    ]) {
      const decision = decider.decide({ id: 'c1', conversation: customer(text) }, NOW);
      expect(decision.signals.keywords, text).toContain('iptal*');
    }
  });

  it('matches whole words only', () => {
    const decision = decider.decide(
      { id: 'c1', conversation: customer('what is your cancellation policy?') },
      NOW,
    );
    expect(decision.action).toBe('continue');
  });

  it('keeps per-locale lists to their locale', () => {
    const english = decider.decide(
      { id: 'c1', locale: 'en', conversation: customer('I will take legal action') },
      NOW,
    );
    expect(english.reasons.map((reason) => reason.trigger)).toEqual(['legal']);
    const turkish = decider.decide({ id: 'c1', locale: 'tr', conversation: customer('legal action') }, NOW);
    expect(turkish.action).toBe('continue');
  });

  it('looks at the latest customer message by default and the whole conversation when asked', () => {
    const conversation = [
      ...customer('cancel my order'),
      { role: 'ai', text: 'Done.' },
      ...customer('thanks'),
    ];
    expect(decider.decide({ id: 'c1', conversation }, NOW).action).toBe('continue');
    const wide = compilePlaybook(
      playbookWith([{ id: 'k', kind: 'keyword', keywords: ['cancel'], scope: 'conversation' }]),
    );
    expect(wide.decide({ id: 'c1', conversation }, NOW).action).toBe('escalate');
  });

  it('matches patterns on the raw text', () => {
    const withPattern = compilePlaybook(
      playbookWith([{ id: 'p', kind: 'keyword', patterns: ['\\bTR\\d{2}\\b'] }]),
    );
    expect(withPattern.decide({ id: 'c1', conversation: customer('my iban starts tr12') }, NOW).action).toBe(
      'escalate',
    );
  });
});

describe('keyword triggers and negation', () => {
  const decider = compilePlaybook(
    playbookWith([
      { id: 'cancel', kind: 'keyword', keywords: ['iptal*', 'cancel', 'hesabımı kapat*'] },
      { id: 'legal', kind: 'keyword', keywords: ['sue', 'lawyer'] },
    ]),
  );
  const fired = (text: string, locale?: string) =>
    decider
      .decide({ id: 'c1', ...(locale === undefined ? {} : { locale }), conversation: customer(text) }, NOW)
      .reasons.map((reason) => reason.trigger);

  it('a negated mention does not count, in English and Turkish', () => {
    for (const [text, locale] of [
      ["I don't want to cancel, just update my address", 'en'],
      ['I do not want to cancel my plan', 'en'],
      ["Please don't cancel my order!", 'en'],
      ['No need to cancel anything', 'en'],
      ["I'm not going to sue you, I just want my parcel", 'en'],
      ['Siparişimi iptal etmek istemiyorum, sadece adresimi güncelleyin', 'tr'],
      ['Lütfen iptal etmeyin', 'tr'],
      ['Hesabımı kapatmayın lütfen', 'tr'],
      ['iptal etmeyi düşünmüyorum', 'tr'],
      ['İptal değil, değişiklik istiyorum', 'tr'],
    ] as const) {
      expect(fired(text, locale), text).toEqual([]);
    }
  });

  it('a mention that is not refused still counts', () => {
    for (const [text, locale, trigger] of [
      ['I want to cancel', 'en', 'cancel'],
      ["I can't cancel, the button does nothing", 'en', 'cancel'],
      ["I don't know how to cancel", 'en', 'cancel'],
      ["Why didn't you cancel it?", 'en', 'cancel'],
      ['No. Cancel it today', 'en', 'cancel'],
      ["It's not working, so cancel my subscription", 'en', 'cancel'],
      ["I don't want a refund, I want to cancel", 'en', 'cancel'],
      ['Siparişimi iptal etmek istiyorum', 'tr', 'cancel'],
      ['İptal edemiyorum, yardım edin', 'tr', 'cancel'],
      ['İptal butonu çalışmıyor', 'tr', 'cancel'],
      ['Siparişim hâlâ iptal olmadı', 'tr', 'cancel'],
      ['İptal etmek istemiyordum ama artık istiyorum, iptal edin', 'tr', 'cancel'],
      ['Avukatla görüşmeyeceğim sanma, I will sue', 'en', 'legal'],
    ] as const) {
      expect(fired(text, locale), text).toEqual([trigger]);
    }
  });

  it('negation: ignore counts every mention, as before', () => {
    const literal = compilePlaybook(
      playbookWith([{ id: 'cancel', kind: 'keyword', keywords: ['cancel'], negation: 'ignore' }]),
    );
    const decision = literal.decide(
      { id: 'c1', conversation: customer("I don't want to cancel, just update my address") },
      NOW,
    );
    expect(decision.reasons.map((reason) => reason.trigger)).toEqual(['cancel']);
  });
});

describe('sentiment triggers', () => {
  const decider = compilePlaybook(
    playbookWith([
      { id: 'negative', kind: 'sentiment', below: -0.5 },
      { id: 'falling', kind: 'sentiment', falling: { turns: 3, by: 0.5 } },
    ]),
  );

  it('uses the sentiment the case sends', () => {
    const decision = decider.decide({ id: 'c1', sentiment: -0.7 }, NOW);
    expect(decision.reasons.map((reason) => reason.trigger)).toEqual(['negative']);
    expect(decision.signals.sentimentSource).toBe('case');
  });

  it('computes sentiment when the case has none', () => {
    const decision = decider.decide(
      { id: 'c1', conversation: customer('This is terrible, awful service. I am furious!!!') },
      NOW,
    );
    expect(decision.signals.sentimentSource).toBe('computed');
    expect(decision.signals.sentiment).toBeLessThan(-0.5);
    expect(decision.action).toBe('escalate');
  });

  it('fires when sentiment falls over the last customer turns', () => {
    const conversation = customer(
      'Great, thank you so much!',
      'Hmm, it still does not work.',
      'This is awful, I hate this.',
    );
    const decision = decider.decide({ id: 'c1', conversation, sentiment: 0 }, NOW);
    expect(decision.reasons.map((reason) => reason.trigger)).toEqual(['falling']);
  });
});

describe('customer, field, flag and case triggers', () => {
  const decider = compilePlaybook(
    playbookWith([
      { id: 'vip', kind: 'customer', tier: ['vip', 'platinum'] },
      { id: 'big-spender', kind: 'customer', where: [{ path: 'lifetime_value', gte: 10000 }] },
      { id: 'order-needed', kind: 'field', required: ['order_id'] },
      { id: 'big-refund', kind: 'field', where: [{ path: 'amount', gt: 500 }] },
      {
        id: 'valid-fields',
        kind: 'field',
        schema: { type: 'object', properties: { email: { type: 'string', pattern: '^[^@]+@[^@]+$' } } },
      },
      { id: 'chargeback', kind: 'flag', flags: ['chargeback', 'fraud'] },
      { id: 'tr-chat', kind: 'case', where: [{ path: 'channel', equals: 'whatsapp' }] },
    ]),
  );
  const base = { id: 'c1', fields: { order_id: 'A-1' } };
  const fired = (input: object) =>
    decider.decide({ ...base, ...input }, NOW).reasons.map((reason) => reason.trigger);

  it('fires on the customer tier, case-insensitively', () => {
    expect(fired({ customer: { tier: 'VIP' } })).toEqual(['vip']);
    expect(fired({ customer: { tier: 'gold' } })).toEqual([]);
  });

  it('fires on customer field comparisons', () => {
    expect(fired({ customer: { lifetime_value: 12000 } })).toEqual(['big-spender']);
  });

  it('fires on missing required fields and records the violation', () => {
    const decision = decider.decide({ id: 'c1', fields: {} }, NOW);
    expect(decision.reasons.map((reason) => reason.trigger)).toEqual(['order-needed']);
    expect(decision.signals.violations).toEqual(['missing required field order_id']);
  });

  it('fires on field comparisons and on JSON Schema failures', () => {
    expect(fired({ fields: { order_id: 'A', amount: '750' } })).toEqual(['big-refund']);
    expect(fired({ fields: { order_id: 'A', email: 'not-an-email' } })).toEqual(['valid-fields']);
  });

  it('fires on policy flags and on case paths', () => {
    expect(fired({ flags: ['Chargeback'] })).toEqual(['chargeback']);
    expect(fired({ channel: 'whatsapp' })).toEqual(['tr-chat']);
  });
});

describe('AI loop and ambiguity triggers', () => {
  const decider = compilePlaybook(
    playbookWith([
      { id: 'loop', kind: 'ai_loop', failed_attempts: 2, repeated_intent: 3 },
      { id: 'ambiguous', kind: 'ambiguity', margin: 0.1 },
    ]),
  );

  it('fires after N failed attempts but not on successes', () => {
    const attempts = [
      { action: 'kb_answer', result: 'not_resolved' },
      { action: 'reset_link', result: 'failed' },
    ];
    expect(decider.decide({ id: 'c1', ai: { attempts } }, NOW).reasons[0]?.trigger).toBe('loop');
    const successes = attempts.map((attempt) => ({ ...attempt, result: 'resolved' }));
    expect(decider.decide({ id: 'c1', ai: { attempts: successes } }, NOW).action).toBe('continue');
  });

  it('fires when the same intent repeats N turns in a row', () => {
    const conversation = [
      { role: 'ai', text: 'a', intent: 'order_status' },
      { role: 'ai', text: 'b', intent: 'order_status' },
    ];
    expect(decider.decide({ id: 'c1', conversation, ai: { intent: 'order_status' } }, NOW).action).toBe(
      'escalate',
    );
    expect(decider.decide({ id: 'c1', conversation, ai: { intent: 'refund' } }, NOW).action).toBe('continue');
  });

  it('fires when the best two intents are too close, or the AI says the input is ambiguous', () => {
    const ai = {
      intent: 'refund',
      confidence: 0.7,
      alternatives: [{ intent: 'order_status', confidence: 0.65 }],
    };
    expect(decider.decide({ id: 'c1', ai }, NOW).reasons[0]?.trigger).toBe('ambiguous');
    const clear = { ...ai, alternatives: [{ intent: 'order_status', confidence: 0.3 }] };
    expect(decider.decide({ id: 'c1', ai: clear }, NOW).action).toBe('continue');
    expect(decider.decide({ id: 'c1', ai: { ambiguous: true } }, NOW).action).toBe('escalate');
  });
});

describe('frequency triggers', () => {
  const playbook = playbookWith([
    { id: 'repeat-contact', kind: 'frequency', key: 'customer.id', count: 3, within: '24h' },
  ]);

  it('fires on the Nth case of a key within the window, counting each case once', () => {
    const decider = compilePlaybook(playbook);
    const caseFor = (id: string) => ({ id, customer: { id: 'C-19' } });
    expect(decider.decide(caseFor('a'), NOW).action).toBe('continue');
    expect(decider.decide(caseFor('a'), NOW + 1000).action).toBe('continue');
    expect(decider.decide(caseFor('b'), NOW + 2000).action).toBe('continue');
    const third = decider.decide(caseFor('c'), NOW + 3000);
    expect(third.action).toBe('escalate');
    expect(third.signals.counts).toEqual({ 'repeat-contact:C-19': 3 });
  });

  it('forgets occurrences older than the window', () => {
    const counters = makeMemoryCounterStore();
    const decider = compilePlaybook(playbook, { counters });
    decider.decide({ id: 'a', customer: { id: 'C' } }, NOW);
    decider.decide({ id: 'b', customer: { id: 'C' } }, NOW + 1000);
    expect(decider.decide({ id: 'c', customer: { id: 'C' } }, NOW + 25 * 3_600_000).action).toBe('continue');
  });

  it('counts only cases matching its condition', () => {
    const decider = compilePlaybook(
      playbookWith([
        {
          id: 'repeat-refunds',
          kind: 'frequency',
          key: 'customer.id',
          count: 2,
          within: '1h',
          when: { kind: 'case', where: [{ path: 'task.type', equals: 'refund' }] },
        },
      ]),
    );
    decider.decide({ id: 'a', customer: { id: 'C' }, task: { type: 'refund' } }, NOW);
    expect(decider.decide({ id: 'b', customer: { id: 'C' }, task: { type: 'other' } }, NOW).action).toBe(
      'continue',
    );
    expect(decider.decide({ id: 'c', customer: { id: 'C' }, task: { type: 'refund' } }, NOW).action).toBe(
      'escalate',
    );
  });
});

describe('compositions', () => {
  const decider = compilePlaybook(
    playbookWith([
      {
        id: 'refund-with-order',
        kind: 'all',
        of: [
          { kind: 'case', where: [{ path: 'task.type', equals: 'refund' }] },
          { kind: 'not', of: { kind: 'field', required: ['order_id'] } },
        ],
      },
      {
        id: 'either',
        kind: 'any',
        of: [
          { kind: 'flag', flags: ['x'] },
          { kind: 'customer', tier: ['vip'] },
        ],
      },
    ]),
  );

  it('all fires only when every part holds; not inverts; any fires on one part', () => {
    const fired = (input: object) => decider.decide({ id: 'c', ...input }, NOW).reasons.map((r) => r.trigger);
    expect(fired({ task: { type: 'refund' }, fields: { order_id: '1' } })).toEqual(['refund-with-order']);
    expect(fired({ task: { type: 'refund' }, fields: {} })).toEqual([]);
    expect(fired({ customer: { tier: 'vip' } })).toEqual(['either']);
    expect(fired({ flags: ['x'] })).toEqual(['either']);
  });
});
