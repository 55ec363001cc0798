import { describe, expect, it } from 'vitest';
import { scoreConversation, scoreSentiment } from './sentiment.js';

const score = (text: string, locale?: 'tr' | 'en') => scoreSentiment(text, locale).score;
const customer = (...texts: string[]) => texts.map((text) => ({ role: 'customer', text }));
/** Each text reads as a complaint (below −0.15). */
const negative = (locale: 'en' | 'tr', texts: readonly string[]) => {
  for (const text of texts) {
    expect(score(text, locale), text).toBeLessThan(-0.15);
  }
};
/** Each text reads as neither praise nor complaint (within ±0.15). */
const neutral = (locale: 'en' | 'tr', texts: readonly string[]) => {
  for (const text of texts) {
    expect(Math.abs(score(text, locale)), text).toBeLessThanOrEqual(0.15);
  }
};

describe('scoreSentiment in English', () => {
  it('scores praise positive, complaints negative and plain requests neutral', () => {
    expect(score('Thank you so much, that was great!', 'en')).toBeGreaterThan(0.5);
    expect(score('This is terrible, awful service. I am furious!!!', 'en')).toBeLessThan(-0.5);
    expect(Math.abs(score('I would like to change my delivery address', 'en'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('I want to cancel my subscription', 'en'))).toBeLessThanOrEqual(0.15);
  });

  it('flips negated words', () => {
    expect(score('not good', 'en')).toBeLessThan(0);
    expect(score('I am never happy with your deliveries', 'en')).toBeLessThan(0);
    expect(score("I don't like the new app", 'en')).toBeLessThan(0);
    expect(score('Not bad at all', 'en')).toBeGreaterThan(0);
    expect(score('No problem, thanks', 'en')).toBeGreaterThan(0);
  });

  it('counts what did not happen as a complaint', () => {
    expect(score('my parcel never arrived', 'en')).toBeLessThan(-0.15);
    expect(score('still no response from anyone', 'en')).toBeLessThan(-0.15);
  });

  it('reads plain failures: cannot, keeps -ing, codes, doubled letters, "stopped working"', () => {
    for (const text of [
      "I can't pay since Monday",
      'the app keeps logging me out',
      'error500 every time I log in',
      'the order did not go through',
      'my card got deeclined',
      'the verification code stopped working',
    ]) {
      expect(score(text, 'en'), text).toBeLessThan(-0.15);
    }
  });

  it('keeps wishes and lost cards neutral-ish', () => {
    expect(Math.abs(score("I don't want to pay by card, can I pay cash?", 'en'))).toBeLessThanOrEqual(0.15);
    expect(score('I lost my card, how do I get a new one?', 'en')).toBeGreaterThan(-0.5);
  });

  it('weighs what comes after "but" more', () => {
    expect(score('The app is nice but it lost my order and the support was useless', 'en')).toBeLessThan(0);
  });
});

describe('scoreSentiment in Turkish', () => {
  it('scores praise positive and complaints negative, with or without Turkish letters', () => {
    expect(score('Harika bir hizmet, çok teşekkürler', 'tr')).toBeGreaterThan(0.5);
    expect(score('harika bir hizmet cok tesekkurler', 'tr')).toBeGreaterThan(0.5);
    expect(score('Rezalet, berbat bir deneyim', 'tr')).toBeLessThan(-0.5);
    expect(score('sikayet edecegim, magdur oldum', 'tr')).toBeLessThan(-0.5);
    expect(Math.abs(score('Adresimi değiştirmek istiyorum', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('reads the negative verb suffix and değil/yok', () => {
    expect(score('beğendim', 'tr')).toBeGreaterThan(0.15);
    expect(score('beğenmedim', 'tr')).toBeLessThan(-0.15);
    expect(score('memnun değilim', 'tr')).toBeLessThan(-0.15);
    expect(score('hiç iyi değil', 'tr')).toBeLessThan(score('iyi değil', 'tr'));
    expect(score('hiçbir sorun yok', 'tr')).toBeGreaterThan(0.15);
    expect(score('sorunsuz bir alışveriş', 'tr')).toBeGreaterThan(0.15);
  });

  it('counts what did not happen as a complaint', () => {
    expect(score('param iade edilmedi', 'tr')).toBeLessThan(-0.15);
    expect(score('siparişim hâlâ gelmedi', 'tr')).toBeLessThan(-0.15);
    expect(score('uygulamaya giremiyorum', 'tr')).toBeLessThan(-0.15);
    expect(score('kimseden cevap yok', 'tr')).toBeLessThan(-0.15);
  });

  it('reads a negative verb form of any verb, typed without Turkish letters, glued or colloquial', () => {
    for (const text of [
      'kartimi kullanamiyorum',
      'mobil sube acilmiyor',
      'kartimcalismiyor',
      'uygulama olmuyo',
      'maasim gelmeddi',
      'iade edilmedi',
      'sabahtan beri giremiyorum',
      'sureklihataveriyor',
      'uc gundur olmuyor',
      'defalarca aradim',
    ]) {
      expect(score(text, 'tr'), text).toBeLessThan(-0.15);
    }
  });

  it('does not read "do not want" or "do not know" as a failure', () => {
    expect(Math.abs(score('sms almak istemiyorum', 'tr'))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(score('sifremi bilmiyorum nasil sifirlarim', 'tr'))).toBeLessThanOrEqual(0.15);
  });

  it('does not read "seviye" as "sev-" (love) or "çok" as "çök-" (collapse)', () => {
    expect(score('seviye', 'tr')).toBe(0);
    expect(score('çok', 'tr')).toBe(0);
    expect(score('sistem çöktü', 'tr')).toBeLessThan(0);
  });
});

describe('complaints written as titles and plain statements (issue 11)', () => {
  it('reads a grievance done without right, permission or answer, and not an offer "without a fee"', () => {
    for (const text of [
      'haksız ücret kesintisi',
      'haksiz aidat kesintisi',
      'kartımdan izinsiz işlem yapıldı',
      'yetkisiz harcama',
      'kredi başvurum cevapsız kaldı',
      'bilgim dışında para çekildi',
      'haberim olmadan ücret alındı',
      'aidat iadesine itiraz',
    ]) {
      expect(score(text, 'tr'), text).toBeLessThan(-0.15);
    }
    expect(score('aidatsız kart istiyorum', 'tr')).toBe(0);
    expect(score('faizsiz kredi var mı', 'tr')).toBe(0);
  });

  it('reads a negative verb turned into a noun or adjective, but not "before doing"', () => {
    for (const text of [
      'maaşımın ödenmemesi',
      'promosyonun odenmemesi',
      'müşteri hizmetlerine ulaşılamaması',
      'ilgilenmeyen personel',
      'kart kullanılamazlığı',
      'bilgilendirme yapılmadan ücret alındı',
    ]) {
      expect(score(text, 'tr'), text).toBeLessThan(-0.15);
    }
    expect(score('başvurmadan önce bilgi almak istiyorum', 'tr')).toBe(0);
    expect(score('tamamen memnunum', 'tr')).toBeGreaterThan(0.15);
  });

  it('reads waiting and failing told plainly in English', () => {
    for (const text of [
      'been on hold for an hour',
      'still yet to receive my refund',
      'the atm took my card and gave no cash',
      'tried three times to no avail',
      'what is going on with my order',
      'nobody is answering the phone',
      'the parcel never arrives',
    ]) {
      expect(score(text, 'en'), text).toBeLessThan(-0.15);
    }
  });

  it('keeps a problem inside a request for help mild: negative at most, never strongly', () => {
    for (const [locale, text] of [
      ['en', 'how do I report a fraudulent charge'],
      ['en', 'I lost my card, how do I block it'],
      ['en', 'I suspect someone used my card, what should I do'],
      ['en', 'is there a way to dispute a charge'],
      ['tr', 'kartımı kaybettim nasıl bloke ederim'],
    ] as const) {
      expect(score(text, locale), text).toBeGreaterThan(-0.5);
    }
    expect(score('constructor toString, is there a way to fix this broken card', 'en')).toBeLessThan(0);
    expect(score('my refund never arrived, how do I get it back', 'en')).toBeLessThan(-0.15);
    expect(score('my refund never arrived', 'en')).toBeLessThan(
      score('my refund never arrived, how do I get it back', 'en'),
    );
  });
});

describe('complaint bodies and app reviews (issue 11, round 2)', () => {
  it('reads a fee taken as a grievance, and a fee asked about as a question', () => {
    negative('tr', [
      'her havale için ücret kesiyorlar',
      'kart aidatı yansıtıldı',
      'hesabımdan masraf kesildi',
    ]);
    neutral('tr', ['havale ücreti kesilir mi?', 'kart aidatı yansıtılıyor mu']);
  });

  it('reads goods that tore, faded, leaked or were stolen, and a trip told as torture, as complaints', () => {
    negative('tr', [
      'ilk yıkamada pantolon yırtıldı',
      'kılıfı bir haftada renk attı',
      'makine alttan su akıtıyor',
      'ürün çalıntı çıktı',
      'tatil tam bir hüsran oldu',
      'bu tur resmen işkenceydi',
      'gelen kargo tam bir hayalkırıklığı',
    ]);
    neutral('tr', ['lekeler hangi deterjanla çıkar?', 'ürünün rengi ne?']);
  });

  it('reads an app that closes, freezes or throws the user out, negated or not', () => {
    negative('tr', [
      'uygulama sürekli kapanıyor',
      'fotoğraf yüklerken ekran donuyor',
      'açılışta uygulamadan atıyor',
      'uygulama kapanmıyor, telefonu kapatmam gerekiyor',
    ]);
    neutral('tr', ['hesap dönemim ne zaman kapanıyor?']);
  });

  it('reads what should have happened, what was impossible, unfair or in vain, and "despite"', () => {
    negative('tr', [
      'maaşımın yatırılmamasından dolayı yazıyorum',
      'dün hesaba geçmesi gerekiyordu',
      'bana önceden bildirim yapılmalıydı',
      'tüm belgeleri vermeme rağmen başvurum bekliyor',
      'şubeye ulaşmak imkansız',
      'bu ücret adil değil',
      'boş yere şubeye gittim',
      'yıldım artık',
      'para iadesi yapılacaktı, ortada bir şey yok',
    ]);
  });

  it('keeps a cannot form a failure after a negative word, instead of turning the word round', () => {
    negative('tr', ['güncellemeden giriş yapamıyorum', 'kart takmadan işlem yapamıyorum']);
    expect(score('memnun olamadım', 'tr')).toBeLessThan(0);
  });

  it('keeps questions about rules and cases neutral, and a claim "in full" no praise', () => {
    neutral('tr', [
      'süre dolmadan kartı iptal edebilir miyim?',
      'hesap açmak için imza zorunlu mu?',
      'hatalı işlem yaparsam nasıl düzeltirim?',
      'belgeleri eksiksiz teslim ettim',
    ]);
    // A threat under "if" stays a complaint.
    negative('tr', ['yarın da gelmezse şikayet edeceğim']);
  });

  it('keeps "whatever I do" a failure, not a case asked about', () => {
    // Halved as a case asked about, these read about −0.25; as failures, −0.46.
    for (const text of ['kaç defa denersem deneyeyim giriş olmuyor', 'ne yazarsam yazayım yanıt gelmiyor']) {
      expect(score(text, 'tr'), text).toBeLessThan(-0.4);
    }
  });

  it('reads an ultimatum (a negative "if", then what the customer will do) as strongly upset, not a case asked about', () => {
    for (const text of [
      'ücretimi geri ödemezseniz tüketici hakem heyetine başvuracağım',
      'bu hafta kargomu teslim etmezseniz dava açacağız',
      'aidatı iade etmezseniz avukatıma gideceğim',
    ]) {
      expect(score(text, 'tr'), text).toBeLessThan(-0.5);
    }
    neutral('tr', ['kartımı kaybedersem ne yapacağım?', 'şifremi unutursam nasıl sıfırlayacağım']);
    expect(score('hesabım bloke olursa size ulaşacağım', 'tr')).toBeGreaterThan(-0.5);
  });

  it('reads demands to fix, trying everything, batteries and glitches in English', () => {
    negative('en', [
      'you guys need to fix the calendar',
      'fix it already',
      'please fix my keyboard',
      'we have tried everything and nothing helps',
      'still not receiving the confirmation emails',
      "I can't type anything",
      'the update is draining my battery',
      'so many glitches',
    ]);
    neutral('en', [
      'please fix my email address to the new one',
      'need to fix the spelling of my surname',
      'how do I fix the date format?',
      'Is there a fix for this?',
      'Can you fix my account settings?',
    ]);
  });
});

describe('goods that came spoiled, soiled, fake or short (issue 11, round 60)', () => {
  it('reads goods come spoiled, with something inside, empty, short or unasked for, and a trip ruined, as complaints in Turkish', () => {
    negative('tr', [
      'çikolata küflü çıktı',
      'ekmek bayat geldi',
      'ürün sahte çıktı',
      'gofretin içinden ip çıktı',
      'paket içinde çıkan kokulu kağıt',
      'paketin içi boş çıktı',
      'mini gofret boş çıktı',
      'gofret paketten yarım çıktı',
      'paketinde saç teli var',
      'tabletin üstünde siyah leke var',
      'gramajı düşürülen gofret',
      'son kullanma tarihi geçmiş ürün gönderildi',
      'paket açık geldi',
      'hiç adil bir durum değil',
      'tatilim mahvoldu',
      'beklentilerimizin çok altında bir tatil',
      'alakasız bir parfüm satılmış',
    ]);
    neutral('tr', [
      'içi boş mu',
      'paketten ne çıktı',
      'kapı açık mı',
      'leke var mı',
      'beklentilerimi karşıladı',
    ]);
  });

  it('reads food and goods come spoiled, soiled or opened as complaints in English', () => {
    negative('en', [
      'the bread was stale',
      'the cheese was moldy',
      'found a hair in my food',
      'there was a bug in my salad',
      'the package arrived open',
      'the shirt came stained',
      'the item arrived scratched',
      'the milk had gone off',
      'they sold me a counterfeit charger',
    ]);
    neutral('en', ['where is the hair salon', 'is the shop open today', 'how do I report a bug']);
  });
});

describe('faces and hands', () => {
  it('read an angry or rolling-eyes face as a complaint and a smile or thumbs up as praise', () => {
    expect(score('11 days since I ordered and nobody knows where it is 😡', 'en')).toBeLessThan(-0.15);
    expect(score('thanks for the open box 🙄🙄', 'en')).toBeLessThan(0);
    expect(score('kargom hala yolda 😞', 'tr')).toBeLessThan(-0.15);
    expect(score('got it, all sorted 👍', 'en')).toBeGreaterThan(0.15);
    expect(score('where is my order 😡😡😡😡😡😡', 'en')).toBe(score('where is my order 😡😡😡', 'en'));
  });
});

describe('frustration cues', () => {
  it('names shouting and repeated punctuation, and they push the score down', () => {
    const calm = scoreSentiment('where is my order', 'en');
    const loud = scoreSentiment('WHERE IS MY ORDER???', 'en');
    expect(calm.frustration).toEqual([]);
    expect(loud.frustration).toEqual(['shouting', 'repeated_punctuation']);
    expect(loud.score).toBeLessThan(calm.score);
    expect(loud.score).toBeLessThan(-0.15);
    expect(scoreSentiment('NEDEN HALA CEVAP YOK', 'tr').frustration).toEqual(['shouting']);
  });

  it('does not call a short capitalised word shouting, nor happy exclamation frustration', () => {
    expect(scoreSentiment('My IBAN is TR12, OK?', 'en').frustration).toEqual([]);
    expect(scoreSentiment('THANK YOU SO MUCH!!!', 'en').frustration).toEqual([]);
  });

  it('names profanity', () => {
    expect(scoreSentiment('this is bullshit', 'en').frustration).toContain('profanity');
    expect(scoreSentiment('siktir git', 'tr').frustration).toContain('profanity');
    expect(scoreSentiment('çok şık bir ürün', 'tr').frustration).toEqual([]);
  });
});

describe('scoreConversation', () => {
  it('keeps the trend of customer messages, oldest first, at most ten', () => {
    const messages = [
      ...customer('Great, thank you so much!'),
      { role: 'ai', text: 'You are welcome, terrible weather today.' },
      ...customer('Hmm, it still does not work.', 'This is awful, I hate this.'),
    ];
    const result = scoreConversation(messages, 'en');
    expect(result.trend).toHaveLength(3);
    expect(result.trend[0]).toBeGreaterThan(0.15);
    expect(result.trend[2]).toBeLessThan(-0.5);
    expect((result.trend[0] ?? 0) - (result.trend[2] ?? 0)).toBeGreaterThan(0.5);
    expect(scoreConversation(customer(...Array.from({ length: 15 }, () => 'ok'))).trend).toHaveLength(10);
  });

  it('weighs recent messages most', () => {
    const recovering = scoreConversation(customer('This is awful', 'ok', 'Great, thanks, all fixed!'), 'en');
    const souring = scoreConversation(customer('Great, thanks, all fixed!', 'ok', 'This is awful'), 'en');
    expect(recovering.score).toBeGreaterThan(0);
    expect(souring.score).toBeLessThan(0);
  });

  it('notices a repeated complaint, by overlap or by "still"/"again"/"hâlâ"', () => {
    const same = scoreConversation(
      customer('My refund for order 5531 has not arrived', 'my refund for order 5531 has not arrived yet'),
      'en',
    );
    expect(same.frustration).toContain('repeated_complaint');
    expect(scoreConversation(customer('Kargom gelmedi', 'Hâlâ gelmedi!'), 'tr').frustration).toContain(
      'repeated_complaint',
    );
    expect(scoreConversation(customer('Thanks again, all good!'), 'en').frustration).toEqual([]);
  });

  it('scores an empty conversation or one without customer messages as neutral', () => {
    expect(scoreConversation([])).toEqual({ score: 0, trend: [], frustration: [] });
    expect(scoreConversation([{ role: 'ai', text: 'terrible' }])).toEqual({
      score: 0,
      trend: [],
      frustration: [],
    });
  });
});
