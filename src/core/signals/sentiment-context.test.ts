import { describe, expect, it } from 'vitest';
import { scoreSentiment } from './sentiment.js';

const score = (text: string, locale: 'tr' | 'en') => scoreSentiment(text, locale).score;

describe('Turkish words read against their clause (issue 11, round 3)', () => {
  it('lets "kimse" and "asla" agree with the negative verb after them instead of being turned round', () => {
    expect(score('kimse aramadı', 'tr')).toBeLessThan(-0.15);
    expect(score('şubede kimse ilgilenmedi', 'tr')).toBeLessThan(-0.15);
    expect(score('bu mağazayı asla tavsiye etmem', 'tr')).toBeLessThan(-0.5);
  });

  it('reads "never again" vowed, with or without "asla", as negative, and the same verbal noun with a need as neutral', () => {
    expect(score('bir daha asla sipariş vermem', 'tr')).toBeLessThan(-0.5);
    expect(score('bir daha bu firmadan bilet almayız', 'tr')).toBeLessThan(-0.15);
    expect(score('bir daha size gelmem', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('bir daha başvurmam gerekiyor mu?', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('bir daha denemem lazım', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads a missing service followed by "yok" as a failure, and asked about as a question', () => {
    expect(score('iki gündür evde elektrik yok', 'tr')).toBeLessThan(-0.15);
    expect(score('telefonda sinyal yok', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('bu pakette internet yok mu?', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads speed or signal "düşük" and a bill or fee "yüksek" as grievances, and neither word alone', () => {
    expect(score('modem hızı çok düşük', 'tr')).toBeLessThan(-0.15);
    expect(score('sinyal gücü düşük', 'tr')).toBeLessThan(-0.15);
    expect(score('bu ayki faturam yüksek', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('düşük faizli kredi var mı?', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('yüksek limitli kart almak istiyorum', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads faulty goods, unfair treatment and harm to the body, and a trouble denied as praise', () => {
    for (const text of [
      'kutudan defolu bardak çıktı',
      'çok kalitesiz bir kumaş',
      'siparişim sebepsiz iptal edildi',
      'yemekten sonra mide bulantısı başladı',
      'yemekten zehirlendik',
      'satıcı çok sorumsuz',
      'kargo ücretine değmez',
    ]) {
      expect(score(text, 'tr'), text).toBeLessThan(-0.15);
    }
    expect(score('hiç sıkıntı yok, teşekkürler', 'tr')).toBeGreaterThan(0.15);
    expect(score('kurulumda hiçbir sorun çıkmadı', 'tr')).toBeGreaterThan(0.15);
    expect(score('cildimi tahriş etmedi', 'tr')).toBeGreaterThan(0);
  });

  it('reads a wish for better as no praise, and a warning not to expect much as a complaint', () => {
    expect(score('uygulama daha hızlı olmalı', 'tr')).toBeLessThanOrEqual(0.15);
    expect(score('menü daha kolay olabilirdi', 'tr')).toBeLessThanOrEqual(0.15);
    expect(score('kargo bu sefer daha hızlı geldi', 'tr')).toBeGreaterThan(0.15);
    expect(score('çok kaliteli bir şey beklemeyin', 'tr')).toBeLessThan(-0.15);
  });

  it('reads "before a time runs out" as a time and "my doing" before "rağmen" as the speaker\'s own act', () => {
    expect(Math.abs(score('bir saat dolmadan teslim edildi', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(score('siparişi geç vermeme rağmen zamanında geldi', 'tr')).toBeGreaterThan(0);
  });

  it('reads "istemediğim" (not asked for) as a grievance and "let us like it" as no praise', () => {
    expect(score('istemediğim bir paket tanımlanmış', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('paketi değiştirmek istemiyorum', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(score('sipariş gelmedi ki beğenelim', 'tr')).toBeLessThan(-0.15);
  });

  it('keeps a problem asked about with "var mı" neutral, and one inside a request for help mild', () => {
    expect(Math.abs(score('gecikmiş ödemem var mı?', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('hesabımda çözülmemiş bir sorun var mı', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(score('kartım bloke oldu, ne yapmam gerekiyor?', 'tr')).toBeGreaterThan(-0.5);
    expect(score('hattım kesildi, yardımcı olur musunuz?', 'tr')).toBeGreaterThan(-0.5);
    expect(Math.abs(score('şirket iflas ederse ne olur?', 'tr'))).toBeLessThanOrEqual(0.15);
  });
});

describe('English goods that came damaged or stopped working (issue 11, round 3)', () => {
  it('reads damage and failure told with no feeling word', () => {
    for (const text of [
      'the glass arrived cracked',
      'one hinge snapped on day two',
      'the kettle is leaking',
      'the screen keeps flickering',
      'the voucher says invalid',
      "my parcel hasn't moved in a week",
      "the promo didn't apply",
      'still nothing from the courier',
      'the fridge is not cooling',
      "the speaker won't turn on",
    ]) {
      expect(score(text, 'en'), text).toBeLessThan(-0.15);
    }
  });

  it('keeps a gift card and a wish not to do something neutral', () => {
    expect(Math.abs(score('can I pay with a gift card?', 'en'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score("I don't want to apply for the card", 'en'))).toBeLessThanOrEqual(0.15);
  });
});

describe('Turkish survey answers about a bank: scarce, slow, complicated (issue 11, round 3)', () => {
  it('reads few of what should be many, and a missing machine or branch, as a complaint', () => {
    expect(score('şehirde bankamatik sayısı çok az', 'tr')).toBeLessThan(-0.15);
    expect(score('ilçede şubeniz yok', 'tr')).toBeLessThan(-0.15);
    expect(score('kartın hiçbir ayrıcalığı yok', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('bu mahallede şube yok mu?', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('işlem için az kaldı', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads a closing "fazla" after a cost as too much, and "fazla" before a word as how much', () => {
    expect(score('havale masrafı çok fazla', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('hesabımda fazla para var mı', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads an app that is slow, lags or is too complicated as a complaint, and the same words elsewhere not', () => {
    expect(score('mobil uygulama çok ağır açılıyor', 'tr')).toBeLessThan(-0.15);
    expect(score('uygulama sürekli kasıyor', 'tr')).toBeLessThan(-0.15);
    expect(score('menüler çok karışık', 'tr')).toBeLessThan(-0.15);
    expect(score('müşteriye geç dönüş yapılıyor', 'tr')).toBeLessThan(-0.15);
    expect(score('şubede her işlem uzun sürüyor', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('karışık pizza ve ayran istiyorum', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('sıfır faizli taksit var mı', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads "sıfır" closing a clause and "yaygın değil" as nothing of what should be there', () => {
    expect(score('personelin ilgisi sıfır', 'tr')).toBeLessThan(-0.15);
    expect(score('ATM ağı yaygın değil', 'tr')).toBeLessThan(-0.15);
  });
});

describe('Turkish line and picture failures told plainly (issue 11, round 64)', () => {
  it('reads a line that drops, a picture that freezes and a modem that restarts as a complaint', () => {
    expect(score('evdeki internet sürekli kesiliyor', 'tr')).toBeLessThan(-0.15);
    expect(score('bağlantı kesiliyor sık sık', 'tr')).toBeLessThan(-0.15);
    expect(score('fiberim kopuk kopuk geliyor', 'tr')).toBeLessThan(-0.15);
    expect(score('dizi izlerken görüntü donuyor', 'tr')).toBeLessThan(-0.15);
    expect(score('yayın sürekli duraksıyor', 'tr')).toBeLessThan(-0.15);
    expect(score('cihaz gece kapanıp açılıyor', 'tr')).toBeLessThan(-0.15);
    expect(score('router kendi kendine yeniden başlıyor', 'tr')).toBeLessThan(-0.15);
  });

  it('keeps a cut asked about and a restart asked for neutral', () => {
    expect(Math.abs(score('elektrik kesintisi ne zaman biter?', 'tr'))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(score('modemi yeniden başlatır mısınız', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('kesin bir tarih verebilir misiniz', 'tr'))).toBeLessThanOrEqual(0.15);
  });
});

describe('Turkish incompetence, a fiasco and faulty goods named (issue 11, round 64)', () => {
  it('reads a firm called incompetent, a fiasco and melted or faulty goods as a complaint', () => {
    expect(score('çalışanlarınız çok beceriksiz', 'tr')).toBeLessThan(-0.15);
    expect(score('kabiliyetsiz bir ekip', 'tr')).toBeLessThan(-0.15);
    expect(score('kampanya tam bir fiyasko oldu', 'tr')).toBeLessThan(-0.15);
    expect(score('dondurma erimiş geldi', 'tr')).toBeLessThan(-0.15);
    expect(score('kusurlu ürün gönderdiniz', 'tr')).toBeLessThan(-0.15);
  });

  it('keeps melted butter asked for neutral', () => {
    expect(Math.abs(score('erimiş tereyağı var mı', 'tr'))).toBeLessThanOrEqual(0.15);
  });
});

describe('Turkish chaos, delays, a contract contradicted and silence named (issue 11, round 67)', () => {
  it('reads chaos, delays, a contradiction, mockery, silence and a warning got as a complaint', () => {
    expect(score('terminalde tam bir kaos vardı', 'tr')).toBeLessThan(-0.15);
    expect(score('uçuşta yine rötar yaşadık', 'tr')).toBeLessThan(-0.15);
    expect(score('bu ücret sözleşme ile çelişiyor', 'tr')).toBeLessThan(-0.15);
    expect(score('resmen alay ediyorlar', 'tr')).toBeLessThan(-0.15);
    expect(score('iki haftadır tık yok', 'tr')).toBeLessThan(-0.15);
    expect(score('ödeme sayfasında hata uyarısı aldım', 'tr')).toBeLessThan(-0.15);
    expect(score('kekin içinden plastik parça çıktı', 'tr')).toBeLessThan(-0.15);
  });

  it('reads an excuse made and a service let falter as a complaint, the evening as nothing', () => {
    expect(score('bir bahane uydurup paketi teslim etmediler', 'tr')).toBeLessThan(-0.15);
    expect(score('kargo hizmetini aksatıyorlar', 'tr')).toBeLessThan(-0.15);
    expect(Math.abs(score('akşam saatlerinde açık mısınız', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('keeps a part asked about and a delay policy asked neutral', () => {
    expect(Math.abs(score('yedek parça ne zaman gelir', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('uyarı mesajını nasıl kapatırım', 'tr'))).toBeLessThanOrEqual(0.15);
  });
});

describe('a bank’s everyday words (issue 11, round 67)', () => {
  it('keeps withdrawals asked about neutral, and a withdrawal gone wrong a complaint', () => {
    expect(Math.abs(score('can I see my latest withdrawals', 'en'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('what is the ATM withdrawal limit', 'en'))).toBeLessThanOrEqual(0.15);
    expect(score('a withdrawal I never made, this is fraud', 'en')).toBeLessThan(-0.15);
  });
});

describe('Turkish "neither … nor" and the plain words of a service failing (issue 11, round 68)', () => {
  it('reads "ne … ne (de)" with positive verbs as a complaint', () => {
    expect(score('ne faturayı ödeyebildim ne de müşteri hizmetlerine ulaşabildim', 'tr')).toBeLessThan(-0.15);
    expect(score('ne kargo gelmiş ne de bir açıklama yapılmış', 'tr')).toBeLessThan(-0.15);
    expect(score('ne internete girebiliyoruz, ne telefonla konuşabiliyoruz', 'tr')).toBeLessThan(-0.15);
  });

  it('keeps "ne" asking what, twice, neutral', () => {
    expect(Math.abs(score('ne zaman açılıyor, ne kadar sürüyor?', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('ne oldu, ne yapmam gerekiyor?', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads a service gone, stranded, kept waiting, long queues and a loss as a complaint', () => {
    expect(score('dün akşam yine internet gitti', 'tr')).toBeLessThan(-0.15);
    expect(score('araç bozuldu, yolda kaldık', 'tr')).toBeLessThan(-0.15);
    expect(score('şubede bizi iki saat beklettiler', 'tr')).toBeLessThan(-0.15);
    expect(score('bankamatik önünde uzun kuyruk var', 'tr')).toBeLessThan(-0.15);
    expect(score('bu yüzden büyük bir kayba uğradık', 'tr')).toBeLessThan(-0.15);
    expect(score('işlerimiz aksıyor', 'tr')).toBeLessThan(-0.15);
    expect(score('personel müşteriye saygı göstermiyor', 'tr')).toBeLessThan(-0.15);
  });

  it('keeps the negation with the phrase it belongs to, and a "must not" a grievance', () => {
    expect(score('bizi bu kadar bekletmenin hiçbir anlamı yok', 'tr')).toBeLessThan(-0.15);
    expect(score('müşteriler mağdur edilmemeli', 'tr')).toBeLessThan(-0.15);
  });

  it('reads hours and days on end, a chore and cutting in line as a complaint', () => {
    expect(score('saatlerce şubede bekledim', 'tr')).toBeLessThan(-0.15);
    expect(score('günlerce uğraştım', 'tr')).toBeLessThan(-0.15);
    expect(score('müşteriye hizmeti bir angarya olarak görüyorlar', 'tr')).toBeLessThan(-0.15);
    expect(score('sırada bekleyenlerin önüne sürekli araya girdiler', 'tr')).toBeLessThan(-0.15);
  });

  it('reads a disgrace exclaimed with "olamaz" and a cannot told as a noun as a complaint', () => {
    expect(score('böyle bir rezalet olamaz', 'tr')).toBeLessThan(-0.15);
    expect(score('her şey internet şubesine giriş yapamamamla başladı', 'tr')).toBeLessThan(-0.15);
    // "güncellememe yardım eder misiniz" (help me update) reads the same letters as a cannot-noun without its owner.
    expect(score('şifremi güncellememe yardım eder misiniz', 'tr')).toBeGreaterThan(-0.5);
  });

  it('keeps a queue number and the internet asked about neutral', () => {
    expect(Math.abs(score('sıra numarası nasıl alınır', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('internet paketimi nasıl yükseltirim', 'tr'))).toBeLessThanOrEqual(0.15);
  });
});
