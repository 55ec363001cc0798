// Decisions per second of the customer-support template with every text signal on 10-message conversations
// (English and Turkish): locale, human request, sentiment, keywords, PII, plus the structured triggers.
// Run: npm run build && node bench/text-signals-throughput.js   (prints markdown)
// BENCH_CPU_TIME=1 counts the process's CPU time instead of wall time: steadier on a machine shared with other jobs.
// BENCH_BASELINE=DIR (a checkout of another commit, built) also decides every pass with DIR's build, in the same
// process and taking turns pass by pass, and prints the median ratio: the comparison that holds on a busy machine.
import { compilePlaybook, loadTemplate } from '../dist/index.js';
import { makeRandom } from './support/random.js';

const CASES = 2_000;
const MESSAGES = 10;
const ROUNDS = 9;
const NOW = Date.parse('2026-11-20T10:00:00Z');

const customerLines = {
  en: [
    'Hi, where is my order? It was supposed to arrive yesterday.',
    'I ordered a blue jacket last week and the tracking page has not changed since Monday.',
    'Can you check the delivery address on my account, please?',
    'Thanks, that helps a lot!',
    'This is the third time I am writing about the same problem and nobody fixes it.',
    'I was charged twice for the same order, please refund one of the payments.',
    'I want to cancel my subscription before the next billing date.',
    'If this is not sorted out today I will talk to my lawyer.',
    'Can I talk to a real person please?',
    "I don't need an agent, just tell me the delivery date.",
    'My travel agent said the booking was confirmed, can you check it?',
    'You can reach me at jane.doe@example.com or +44 7700 900123.',
    'THIS IS RIDICULOUS!!! I have been waiting for two weeks!!!',
    'The app keeps crashing when I open the payments screen.',
    'Great, the refund arrived, thank you for the quick help.',
  ],
  tr: [
    'Merhaba, siparişim nerede? Dün gelmesi gerekiyordu.',
    'Geçen hafta mavi bir ceket sipariş ettim, kargo takibi pazartesiden beri değişmedi.',
    'Hesabımdaki teslimat adresini kontrol edebilir misiniz?',
    'Teşekkürler, çok yardımcı oldunuz!',
    'Aynı sorun için üçüncü kez yazıyorum ve kimse çözmüyor.',
    'Aynı sipariş için iki kez ücret alındı, lütfen birini iade edin.',
    'Aboneliğimi iptal etmek istiyorum, bir sonraki ödeme tarihinden önce.',
    'Bugün çözülmezse avukatıma başvuracağım ve tüketici hakem heyetine gideceğim.',
    'Müşteri temsilcisi ile görüşmek istiyorum.',
    'operatore baglar misiniz lutfen',
    'Temsilciye gerek yok, sadece teslimat tarihini söyleyin.',
    'Bana ayse.yilmaz@example.com adresinden veya 0532 123 45 67 numarasından ulaşabilirsiniz.',
    'BU NE BİÇİM HİZMET!!! İki haftadır bekliyorum!!!',
    'Uygulama ödeme ekranını açınca sürekli kapanıyor.',
    'Harika, iade hesabıma geçti, hızlı yardım için teşekkürler.',
  ],
};
const aiLines = {
  en: [
    'Let me look that up for you.',
    'Your order is on its way and should arrive within two working days.',
    'I have checked your account and everything looks fine.',
    'Could you share your order number, please?',
    'I am sorry for the trouble; I have passed this on to the delivery team.',
  ],
  tr: [
    'Hemen kontrol ediyorum.',
    'Siparişiniz yolda, iki iş günü içinde teslim edilmesi bekleniyor.',
    'Hesabınızı kontrol ettim, her şey yolunda görünüyor.',
    'Sipariş numaranızı paylaşabilir misiniz?',
    'Yaşadığınız sorun için üzgünüm, teslimat ekibine ilettim.',
  ],
};

function makeCases(count) {
  const random = makeRandom(10_112_026);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, index) => {
    const locale = random() < 0.5 ? 'en' : 'tr';
    const conversation = Array.from({ length: MESSAGES }, (_, turn) =>
      turn % 2 === 0
        ? { role: 'customer', text: pick(customerLines[locale]) }
        : {
            role: 'ai',
            text: pick(aiLines[locale]),
            intent: pick(['order_status', 'refund_request', 'complaint']),
          },
    );
    return {
      id: `conv-${index}`,
      turn: MESSAGES / 2,
      channel: pick(['chat', 'email', 'whatsapp']),
      task: { type: pick(['order_status', 'refund', 'address_change', 'product_question', 'payment_issue']) },
      ai: {
        confidence: Number((0.55 + 0.45 * random()).toFixed(3)),
        intent: pick(['order_status', 'refund_request', 'complaint', 'cancel']),
        category: pick(['billing', 'shipping', 'technical', 'account']),
        alternatives: [{ intent: 'order_status', confidence: Number((0.3 * random()).toFixed(3)) }],
        attempts: [{ action: 'kb_answer', result: pick(['resolved', 'not_resolved']) }],
      },
      customer: {
        id: `C-${Math.floor(random() * 1_000)}`,
        tier: pick(['standard', 'standard', 'gold', 'vip']),
      },
      conversation,
      fields: random() < 0.8 ? { order_id: `A-${index}` } : {},
    };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const cases = makeCases(CASES);
const decider = compilePlaybook(loadTemplate('customer-support'));
const actions = { continue: 0, escalate: 0, require_approval: 0 };
for (const item of cases) {
  actions[decider.decide(item, NOW).action] += 1;
}

const cpuTime = process.env.BENCH_CPU_TIME === '1';
/** Seconds since `start()`: wall time, or user plus system CPU time of this process. */
const stopwatch = () => {
  if (cpuTime) {
    const started = process.cpuUsage();
    return () => {
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1e6;
    };
  }
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e9;
};

const perSecond = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const elapsed = stopwatch();
  for (const item of cases) {
    decider.decide(item, NOW);
  }
  perSecond.push(CASES / elapsed());
}
const rate = median(perSecond);
const characters = Math.round(
  cases.reduce((sum, item) => sum + item.conversation.reduce((n, m) => n + m.text.length, 0), 0) / CASES,
);
const share = (count) => `${((count / CASES) * 100).toFixed(1)} %`;

console.log(
  [
    '### Decisions per second with full text signals (customer-support template)',
    '',
    `${CASES} generated conversations of ${MESSAGES} messages (half English, half Turkish; ${characters} characters ` +
      `on average), every trigger of the template on; median of ${ROUNDS} timed passes after a warm-up pass` +
      `${cpuTime ? ', counting CPU time' : ''}.`,
    '',
    '| decisions per second | µs per decision | escalate | require approval | continue |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${Math.round(rate).toLocaleString('en-US')} | ${(1e6 / rate).toFixed(1)} | ${share(actions.escalate)} | ` +
      `${share(actions.require_approval)} | ${share(actions.continue)} |`,
  ].join('\n'),
);

const baselineDir = process.env.BENCH_BASELINE;
if (baselineDir !== undefined && baselineDir !== '') {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const baseline = await import(pathToFileURL(resolve(baselineDir, 'dist/index.js')).href);
  const other = baseline.compilePlaybook(baseline.loadTemplate('customer-support'));
  for (const item of cases) {
    other.decide(item, NOW);
  }
  const cpuSeconds = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
  };
  const ratios = [];
  const rates = { baseline: [], this: [] };
  for (let round = 0; round < 15; round += 1) {
    let started = cpuSeconds();
    for (const item of cases) {
      other.decide(item, NOW);
    }
    const baselineTime = cpuSeconds() - started;
    started = cpuSeconds();
    for (const item of cases) {
      decider.decide(item, NOW);
    }
    const thisTime = cpuSeconds() - started;
    ratios.push(baselineTime / thisTime);
    rates.baseline.push(CASES / baselineTime);
    rates.this.push(CASES / thisTime);
  }
  const rounded = (value) => Math.round(value).toLocaleString('en-US');
  console.log(
    [
      '',
      `Against ${baselineDir}, 15 passes each taking turns in this process, CPU time: baseline median ` +
        `${rounded(median(rates.baseline))} decisions/s, this build ${rounded(median(rates.this))}; ` +
        `this build is **${median(ratios).toFixed(2)}×** as fast (median of the pass-by-pass ratios).`,
    ].join('\n'),
  );
}
