// The sentiment dev set: complaints told as plain failures (no feeling words), neutral requests, thanks; EN and TR.
import { addNoise } from './noise.js';
import { expand, makeRandom, pick, type Slots } from './random.js';

/** One labelled sentiment line. */
export interface SentimentLine {
  text: string;
  locale: 'en' | 'tr';
  label: 'negative' | 'neutral' | 'positive';
  family: string;
}

/** One family of the sentiment corpus: templates of one way of feeling, expanded `count` times with the slots. */
export interface SentimentFamily {
  name: string;
  locale: 'en' | 'tr';
  label: SentimentLine['label'];
  count: number;
  templates: readonly string[];
}

/** The slots of the sentiment corpus's templates. */
export const SENTIMENT_SLOTS: Slots = {
  enThing: [
    'the app',
    'the payment',
    'my card',
    'the transfer',
    'the website',
    'the login',
    'the checkout',
    'my internet',
    'the router',
    'the update',
    'the ATM',
    'the verification code',
    'the direct debit',
  ],
  enMoney: [
    'my refund',
    'my money',
    'the parcel',
    'my new card',
    'the replacement',
    'the code',
    'my salary',
    'the transfer',
  ],
  enWhen: [
    '',
    'again',
    'since Monday',
    'for three days',
    'every time',
    'all week',
    'this morning',
    'for the third time',
  ],
  trThing: [
    'uygulama',
    'kartım',
    'internet',
    'modem',
    'ödeme',
    'havale',
    'EFT',
    'site',
    'mobil şube',
    'şifre',
    'doğrulama kodu',
    'otomatik ödeme',
    'ATM',
  ],
  trWhen: [
    '',
    'yine',
    'hâlâ',
    'üç gündür',
    'sabahtan beri',
    'her seferinde',
    'bir haftadır',
    'tekrar',
    'sürekli',
  ],
  trAcc: [
    'kartımı',
    'uygulamayı',
    'hesabımı',
    'şifremi',
    'mobil bankacılığı',
    'interneti',
    'kuponu',
    'puanlarımı',
  ],
};

/** The families of the sentiment corpus. */
export const SENTIMENT_FAMILIES: readonly SentimentFamily[] = [
  {
    name: 'tr-failure',
    locale: 'tr',
    label: 'negative',
    count: 450,
    templates: [
      '{trWhen} {trAcc} [kullanamıyorum|açamıyorum|göremiyorum|aktif edemiyorum|güncelleyemiyorum]',
      '[ATM|bankamatik|makine] [kartımı|paramı] [yuttu|vermedi|geri vermedi]',
      '[para|nakit] [çekemedim|çekemiyorum|yatıramadım]',
      '{trThing} {trWhen} [çalışmıyor|olmuyor|açılmıyor|gitmiyor|bağlanmıyor|kopuyor|donuyor]',
      '[havale|EFT|ödeme|transfer|işlem] [gerçekleşmedi|başarısız oldu|hata verdi|yarıda kaldı|olmadı]',
      '[hesabımda|ekstremde|faturamda|uygulamada] [hata|sorun|arıza|yanlışlık] var',
      '{trWhen} [sorun|hata|arıza] [yaşıyorum|alıyorum|veriyor]',
      '[mağdur oldum|mağdur edildim|şikayetçiyim|şikayet etmek istiyorum]',
      '[param|iadem|maaşım|kartım|kargom] {trWhen} [gelmedi|yatmadı|geçmedi|ulaşmadı]',
      '[para hesabımdan düştü|ücret kesildi] ama [karşı tarafa geçmedi|işlem olmadı|ürün gelmedi]',
      '[sms|doğrulama kodu|şifre] [gelmiyor|gelmedi|ulaşmıyor]',
      '[kartım|kredi kartım] [okunmuyor|çalışmıyor|geçmiyor|reddediliyor]',
      '[arıza kaydı|şikayet] [açtım|bıraktım] [hala|] [dönüş yok|kimse aramadı|çözülmedi]',
      '[giriş yapamıyorum|şifremi alamıyorum|ödeme yapamıyorum|kartımı kullanamıyorum|para gönderemiyorum]',
      '[bakiye|limit|tutar] yanlış [görünüyor|gösteriliyor|hesaplanmış]',
    ],
  },
  {
    name: 'en-failure',
    locale: 'en',
    label: 'negative',
    count: 400,
    templates: [
      '{enThing} keeps [failing|crashing|freezing|timing out|logging me out|giving an error] {enWhen}',
      "[I|we] still [haven't|have not|didn't] [received|got|seen] {enMoney} {enWhen}",
      '{enThing} [failed|stopped working|broke|went down|is down] {enWhen}',
      "{enThing} [won't|doesn't|does not|will not] [work|open|load|go through|connect] {enWhen}",
      "[I can't|I cannot|I'm unable to|unable to] [log in|pay|withdraw cash|use my card|transfer money|check out] {enWhen}",
      '[the ATM|the machine] [swallowed|ate|kept] my card',
      'the money [left my account|was taken] but [never arrived|the order did not go through|nothing happened]',
      '[error|error code] [500|404|E102|3021] every time I [try|pay|log in]',
      '{enMoney} [never arrived|never came|is missing|got lost|is still not here]',
      '[nothing|none of this] [works|is working|has worked] {enWhen}',
      'my card [keeps getting|was|got] declined {enWhen}',
      "[this is the third time|I've asked twice|I already reported this] and {enThing} [still fails|is still broken|still doesn't work]",
    ],
  },
  {
    name: 'en-neutral-request',
    locale: 'en',
    label: 'neutral',
    count: 400,
    templates: [
      '[can|could] you [change|update|check|correct] my [delivery address|email|phone number|billing details|order]?',
      "[I'd like|I want|I need|I would like] to [cancel|pause|renew|upgrade|change] my [subscription|plan|order|booking|membership]",
      '[please|pls] [send|email|resend] me [the invoice|a receipt|my statement|the tracking link|a copy of the contract]',
      '[what are|when are] your [opening hours|delivery times|fees]?',
      '[how do I|how can I|where can I] [reset my password|find my order number|download my invoice|add a card|change my PIN]?',
      '[I need|I want|I would like] [a copy of my statement|an invoice|a new card|a refund for the cancelled order|to close my account]',
      '[is it possible to|can I] [pay by card|pay in instalments|return this item|change the delivery date]?',
      'my [order|customer|account] number is [12345|A-998|77812], [please check|can you look it up]',
      '[I forgot|I lost] my [password|PIN|card], [how do I get a new one|what should I do]?',
      '[do you|does the store] [deliver|ship|open] on [Sundays|weekends|holidays]?',
      'I [want|need] to [dispute|report|block|cancel] [a charge|my card|a payment] [please|]',
    ],
  },
  {
    name: 'tr-neutral-request',
    locale: 'tr',
    label: 'neutral',
    count: 250,
    templates: [
      '[adresimi|e-postamı|telefon numaramı|fatura bilgilerimi] [değiştirmek|güncellemek] istiyorum',
      '[faturayı|dekontu|ekstremi|takip linkini] [gönderir misiniz|mail atar mısınız|iletir misiniz]',
      '[aboneliğimi|siparişimi|rezervasyonumu] [iptal etmek|dondurmak|yenilemek] istiyorum',
      '[çalışma saatleriniz|kargo ücreti|faiz oranı] [nedir|ne kadar]',
      '[şifremi|kart şifremi] nasıl [sıfırlarım|değiştiririm]',
      '[taksitle|kartla|kapıda] ödeme yapabilir miyim',
      '[yeni kart|hesap özeti|dekont] [istiyorum|alabilir miyim]',
    ],
  },
  {
    name: 'positive',
    locale: 'en',
    label: 'positive',
    count: 150,
    templates: [
      '[thanks|thank you|many thanks], [that was quick|that solved it|great help|you were very helpful]',
      '[perfect|great|awesome|excellent], [it works now|the refund arrived|I got the code]',
      '[love|really like] the new [app|update|design]',
    ],
  },
  {
    name: 'positive-tr',
    locale: 'tr',
    label: 'positive',
    count: 150,
    templates: [
      '[teşekkürler|teşekkür ederim|çok sağ olun], [sorun çözüldü|çok yardımcı oldunuz|hızlı döndünüz]',
      '[harika|süper|mükemmel], [artık çalışıyor|iade geldi|kod geldi]',
      '[yeni uygulamayı|güncellemeyi] çok [beğendim|sevdim]',
    ],
  },
];

/** The sentiment dev set, from a fixed seed; with typing noise as in the human-request corpus. */
export function buildSentimentCorpus(seed = 20_261_126): SentimentLine[] {
  const random = makeRandom(seed);
  const seen = new Set<string>();
  const lines: SentimentLine[] = [];
  for (const family of SENTIMENT_FAMILIES) {
    for (let index = 0; index < family.count; index += 1) {
      const text = addNoise(
        random,
        expand(pick(random, family.templates), SENTIMENT_SLOTS, random),
        family.locale,
      );
      if (!seen.has(text.toLowerCase())) {
        seen.add(text.toLowerCase());
        lines.push({ text, locale: family.locale, label: family.label, family: family.name });
      }
    }
  }
  return lines;
}
