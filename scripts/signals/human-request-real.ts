// Families of the human-request corpus for how people outside this project write to support bots: short "contact
// support" commands, asking for someone else, and the classes of false alarms seen on public intent files (a broken
// chat feature, questions about staff or the bot, likeness, the speaker, someone as a third party, robot appliances,
// "no human needed"). The lines are our own words: no line of any external set is copied. Appended after the wider
// families, so those expand exactly as before.
import type { Family } from './families.js';

const englishRequests: Family[] = [
  {
    name: 'en-contact-support',
    locale: 'en',
    label: true,
    count: 900,
    templates: [
      '[contact|reach|message|ping|get me] [support|customer support|customer care|the support team|your support team|the help desk|customer service|an advisor|your team][ please| pls| now|]',
      '[support team|customer care team|help desk|service desk|care team|support desk|human support|live support][ please| pls| now|][!|]',
      '[I need|need|I want|want|I would like|I have] to [contact|reach|message|get hold of|get through to|email] [support|customer care|the help desk|customer service|your team|someone at support]',
      '[how|where] [do|can|should] I [contact|reach|get hold of|message|get through to] [support|customer care|your team|customer service|the help desk|a human|a person][?|]',
      '[put me in touch with|get me in touch with|hook me up with|link me up with|pass me to|hand me over to] {anyone}[ please| pls|]',
      '[is there anyone|is there someone|is anybody] [from|at|in] [support|customer care|your team|the company|the office] [who can|that can|to] [help|chat|talk to me|look at this][?|]',
      '[transfer|pass|escalate|hand] this [chat|conversation|ticket|case] to [support|a person|the support team|customer care|a human|someone who can help][ please| pls|]',
      '[take me to|send me to|route me to|bring me to] [support|a human|customer care|the help desk|an agent|live chat][ please| pls| now|]',
    ],
  },
  {
    name: 'en-someone-else',
    locale: 'en',
    label: true,
    count: 800,
    templates: [
      '[someone else|somebody else|anyone else|another person|a different person|one of your colleagues|a colleague|another agent][ please| pls| now|][, this isnt working| this is going nowhere|]',
      '[can|could] [someone else|somebody else|another agent|a colleague|another person|one of your colleagues] [help me|take over|answer me|deal with this|look at this][?|]',
      "[I want|I'd like|I need|get me|give me] [someone else|another person|a different agent|a colleague of yours|somebody who knows|someone who can actually help]",
      "[you're|ur|this bot is|this chat is|you are] not [helping|getting it|understanding me], [someone else|a human|a person|a real person|another agent] [please|pls|now|]",
      '[is there|isnt there|is there not] [someone else|another person|anyone else|somebody else] [I can talk to|who can help|to talk to|on your team][?|]',
      "[I'd rather|I would rather|let me] [talk to|deal with|speak to] [someone else|another person|a colleague of yours|somebody else]",
    ],
  },
];

const englishNegatives: Family[] = [
  {
    name: 'en-feature-broken',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[the|your|my|] [chat|live chat|chat window|chat system|messaging|voice chat|support page|contact form|help centre|call button|callback form|chat feature|group chat] [is broken|broken|not loading|keeps freezing|wont open|doesnt work|is down|taking too long|not working|keeps crashing|is laggy][ again|!|]',
      '[matchmaking|checkout|the queue|loading|the page|the app|login|the download|the update|the payment screen|search] [taking too long|is so slow|keeps failing|is broken|stuck|not loading][ again|!|]',
      '[chat|messages|notifications|voice calls|video calls|calls] [not working|broken|keep dropping|arent sending|wont load] [in the app|on android|on my phone|since the update|]',
      '[the|my] [agent app|agent portal|rep dashboard|staff login|team page|people page] [wont load|is broken|shows an error|keeps logging me out]',
      "[can't|cant|unable to] [send messages|use chat|open the chat|make calls|join voice chat] [in game|in the app|since yesterday|]",
    ],
  },
  {
    name: 'en-about-staff-or-bot',
    locale: 'en',
    label: false,
    count: 400,
    templates: [
      '[what languages|which languages|what hours|what days|how many hours] [do|does] [your|the] [agents|staff|reps|support team|call centre staff|people there] [speak|work|cover][?|]',
      '[do|does|did] [your|the] [agents|staff|team|reps|operators|employees] [speak|know|work|get paid|have access to|read|see|use] [spanish|french|weekends|on holidays|my messages|my account details|commission|scripts][?|]',
      '[are|were] [your|the] [agents|staff|reps|people in the call centre|employees] [trained|based in the uk|paid well|outsourced|in house|real people][?|]',
      '[which|what] [agent|rep|person|staff member|advisor|employee] [handled|dealt with|took|closed|answered|opened] my [claim|ticket|case|call|complaint|order][?|]',
      '[is this|is the|is this chat|is this conversation|is this reply|is this thing|are these answers] [automated|automatic|a bot|ai|a machine|a recording|scripted|monitored|recorded][?|]',
      '[how many|how much do|where do] [agents|staff|people|employees] [do you have|work there|get paid|work from][?|]',
    ],
  },
  {
    name: 'en-person-other-sense',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[someone|somebody|a stranger|some person] [used|stole|charged|accessed|logged into|hacked|opened] my [card|account|parcel|password|email|package]',
      '[a gift|a present|a surprise|flowers|a card] for [someone special|someone|my partner|a friend|somebody], [can you|could you|will you] [gift wrap it|add a note|hide the price|wrap it][?|]',
      '[can|could] i [buy|order|send|ship] [this|it|a gift card|the order] [for|to] [someone else|another person|a friend|somebody else][?|]',
      '[my parcel|my order|the package|my card] was [delivered|handed|given|sent] to [someone else|the wrong person|a neighbour|somebody else]',
      '[you|u] [sound|talk|write|type|seem] [like|just like] a [real person|human|real human|person][ lol| haha|!|]',
      "[wow|haha|lol|] [you're|ur|you are] [so|very|pretty|surprisingly] [human|humanlike|lifelike|natural]",
      "[im|i'm|i am] [a real person|human|a human|a person][,| -|] [not a bot|not a robot|lol|i promise|]",
      '[my|the] [robot vacuum|robot mower|robot lawnmower|robot hoover] [wont charge|is not charging|stopped working|keeps getting stuck|needs a new battery]',
      '[the captcha|the website|the app|your login page] [keeps asking|asks|wants to check] if [im|i am] [a robot|human|a real person]',
    ],
  },
  {
    name: 'en-no-human-needed',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[all good|sorted|never mind|nvm|its fine|ok found it], [no need for|dont need|i dont need] [a human|an agent|a person|anyone|a call back|someone][ thanks| thx|]',
      "[no need to|you dont need to|you don't need to|dont] [transfer me|connect me to anyone|get a human|call me|escalate this][ thanks| thx| its fixed|]",
      '[im|i am] [fine|good|ok|happy] [with|talking to] [the bot|you|this chat][,| -] [no human|no agent|no person] [needed|necessary|required]',
    ],
  },
];

// Declining a question the bot asked is no call for anyone: "none of your business", "stop asking".
englishNegatives.push({
  name: 'en-decline-to-answer',
  locale: 'en',
  label: false,
  count: 600,
  templates: [
    '[stop asking|quit asking|enough questions|why are you asking|why do you ask][ me that| already| so much|][!|?|]',
    "[none of your business|thats private|that's personal|not telling you|i'd rather not say|i prefer not to say|skip that][ thanks| sorry|]",
    "[i don't|i dont|i do not] want to [tell you|say|answer that|give you that|share my age|share that][ thanks| sorry|]",
    '[why do you need|what do you need|do you really need] my [email|phone number|date of birth|address|name][ for|][?|]',
  ],
});

const turkishRequests: Family[] = [
  {
    name: 'tr-anyone-else',
    locale: 'tr',
    label: true,
    count: 800,
    templates: [
      '[orada|orda|burada|şurada] [kimse|hiç kimse|bir insan|bir yetkili|bakan|ilgilenen|cevap veren] [yok mu|var mı]',
      '[kimse|hiç kimse|bakan|ilgilenen|cevap veren] yok mu [orada|orda|burada|]',
      '[biri|birisi|bir yetkili|bir insan|bir temsilci] [cevap versin|bakabilir mi|ilgilensin|yazsın|dönsün][ artık| lütfen|]',
      '[başka biri|başka bir temsilci|başka bir yetkili|başka bir arkadaşınız|başka birisi] [ilgilensin|baksın|bağlansın|yazsın|yardım etsin][ lütfen| artık|]',
      '[destek ekibine|müşteri hizmetlerine|yardım masasına|canlı desteğe|temsilcinize] [ulaşmak|yazmak|bağlanmak|erişmek] istiyorum',
      '[destek ekibine|müşteri hizmetlerine|yetkiliye|canlı desteğe] [nasıl|nereden] [ulaşırım|yazarım|bağlanırım][?|]',
      '[beni|bu konuşmayı|bu talebi|dosyamı] [destek ekibine|bir yetkiliye|canlı desteğe|başka birine] [aktarın|yönlendirin|iletin][ lütfen|]',
    ],
  },
];

const turkishNegatives: Family[] = [
  {
    name: 'tr-decline-to-answer',
    locale: 'tr',
    label: false,
    count: 500,
    templates: [
      '[sormayı bırak|neden soruyorsun|bu kadar soru yeter|niye soruyorsun][!|?|]',
      '[sana ne|bu özel|söylemek istemiyorum|söylemeyeceğim|cevap vermek istemiyorum][ ya| kusura bakma|]',
      '[doğum tarihimi|telefon numaramı|adresimi|mailimi] [neden|niye] [istiyorsun|soruyorsun|lazım][?|]',
    ],
  },
  {
    name: 'tr-about-staff-or-bot',
    locale: 'tr',
    label: false,
    count: 900,
    templates: [
      '[temsilcileriniz|çalışanlarınız|personeliniz|operatörleriniz] [hangi dilleri|kaç saat|hafta sonu|ingilizce] [konuşuyor|çalışıyor|biliyor mu|çalışıyor mu]',
      '[bu sohbet|bu mesaj|bu cevap|bu yazışma] [otomatik mi|kaydediliyor mu|yapay zeka mı|robot mu yazıyor]',
      '[kiminle|ben kiminle|şu an kiminle] [konuşuyorum|yazışıyorum|görüşüyorum][?|]',
      '[hangi temsilci|kim|hangi personel|hangi yetkili] [dosyamla|talebimle|şikayetimle|siparişimle] [ilgilendi|ilgileniyor|ilgilenmişti]',
      '[insan gibi|gerçek insan gibi|tıpkı insan gibi|insan kadar iyi] [konuşuyorsun|yazıyorsun|cevap veriyorsun][ haha| vay| şaşırdım|]',
      '[robot süpürgem|robot süpürge|robot süpürgeniz|mutfak robotum|robot kolu] [şarj olmuyor|çalışmıyor|bozuldu|takılıyor|ses yapıyor]',
      '[ben|] [gerçek bir insanım|robot değilim|insanım] [ya|haha|merak etme|]',
    ],
  },
  {
    name: 'tr-person-other-sense',
    locale: 'tr',
    label: false,
    count: 800,
    templates: [
      '[biri|birisi|başka biri|tanımadığım biri] [kartımı kullanmış|hesabıma girmiş|kargomu almış|şifremi değiştirmiş]',
      '[sevdiğim biri|arkadaşım|annem|eşim] için [hediye paketi|not|kart] [yapabilir misiniz|ekler misiniz|koyar mısınız]',
      'kargom [başka birine|komşuya|yanlış kişiye|başka bir adrese] teslim edilmiş',
      '[temsilciye|insana|yetkiliye|birine] gerek yok[,| ] [teşekkürler|sağol|hallettim|çözüldü|]',
      '[aktarmayın|bağlamayın|aramayın] [lütfen|] [sorun çözüldü|hallettim|gerek kalmadı|]',
      '[sohbet|canlı sohbet|mesajlaşma|bildirimler|uygulama] [çalışmıyor|açılmıyor|donuyor|çok yavaş][ yine|]',
    ],
  },
];

// The families the rules already read (staff and the bot asked about, likeness, the speaker, "no human needed",
// someone else, Turkish) pulled the model's other templates around when trained on: the rules cover them alone.
const TRAINED = new Set(['en-contact-support', 'en-feature-broken', 'en-decline-to-answer']);

export const REAL_ENGLISH_FAMILIES: readonly Family[] = [...englishRequests, ...englishNegatives].filter(
  (family) => TRAINED.has(family.name),
);
export const REAL_TURKISH_FAMILIES: readonly Family[] = [...turkishRequests, ...turkishNegatives].filter(
  (family) => TRAINED.has(family.name),
);

// Classes of false alarms seen on more public intent files (school, restaurant, hotel and clinic bots): the bot greeted
// or asked after by name, a farewell with "görüşmek", looking for a place or a thing ("bir mekan öner", "canlı müzik"),
// how to reach a place or an institution, a job application, what a place has, booking a consultation, directions and
// services ordered. Our own words again; appended after every other family, so those expand exactly as before.
const everydayTurkish: Family[] = [
  {
    name: 'tr-how-to-reach-support',
    locale: 'tr',
    label: true,
    count: 600,
    templates: [
      '[müşteri hizmetlerine|canlı desteğe|bir temsilciye|yetkiliye|destek ekibine|bir operatöre] [nasıl|nereden] [ulaşırım|bağlanırım|ulaşabilirim|bağlanabilirim|yazabilirim][?|]',
      '[müşteri temsilcinizle|yetkilinizle|bir operatörle|canlı destekle] [nasıl|nereden] [görüşebilirim|konuşabilirim|iletişime geçerim][?|]',
    ],
  },
  {
    name: 'tr-addressing-the-bot',
    locale: 'tr',
    label: false,
    count: 700,
    templates: [
      '[selam|merhaba|hey|günaydın|iyi akşamlar|mrb|slm] [bot|robot|asistan|botçuk|dijital asistan|chatbot|yapay zeka][!|.|]',
      '[nasılsın|iyi misin|naber|ne haber|nasıl gidiyor] [bot|robot|asistan|botçuğum|yapay zeka][?|]',
      '[şu an|şimdi|] [neyle|ne ile|hangi programla|hangi sistemle|nasıl bir şeyle] [sohbet ediyorum|yazışıyorum|konuşuyorum][?|]',
      '[adın ne|ismin ne|seni kim yaptı|kaç yaşındasın|nerelisin] [bot|robot|asistan|][?|]',
      '[bana ne anlatabilirsin|neler yapabilirsin|ne işe yararsın|bana nasıl yardımcı olabilirsin|hangi konularda yardımcı olursun|neler biliyorsun][?|]',
      '[bot|robot|asistan] [neyle|ne ile|hangi sistemle] [çalışıyorsun|yapıldın|konuşuyorum][?|]',
    ],
  },
  {
    name: 'tr-farewell',
    locale: 'tr',
    label: false,
    count: 500,
    templates: [
      '[görüşmek üzere|tekrar görüşmek üzere|görüşürüz|sonra görüşelim|yarın görüşürüz|tekrar görüşelim|haftaya görüşürüz|sonra konuşuruz|sonra yazarım][!|.|]',
      '[teşekkürler|sağ ol|tamamdır|iyi günler|kolay gelsin][,|] [görüşmek üzere|görüşürüz|tekrar görüşelim|sonra yazarım|hoşça kal]',
      '[şimdilik bu kadar|gitmem lazım|çıkıyorum|kapatıyorum][,|] [görüşmek üzere|görüşürüz|hoşça kal|]',
    ],
  },
  {
    name: 'tr-looking-for-a-thing',
    locale: 'tr',
    label: false,
    count: 900,
    templates: [
      '[bana|] bir [mekan|restoran|kafe|otel|yer|kitap|film|dizi|tarif|hediye|telefon|laptop|ayakkabı|mont] [öner|önerir misin|tavsiye eder misin|bulur musun|bul]',
      '[ucuz|romantik|sessiz|yakın|uygun fiyatlı|güzel|sakin|deniz manzaralı|çocuklu aileye uygun] bir [mekan|restoran|kafe|otel|yer|oda|masa] [arıyorum|lazım|istiyorum|var mı|bakıyorum]',
      '[canlı müzik|canlı müzikli bir yer|canlı yayın|canlı maç|canlı skor|canlı sonuçlar|canlı çiçek|canlı balık] [var mı|nereden izlerim|ne zaman|açık mı|satıyor musunuz|nerede][?|]',
      '[bir|iki|dört] kişilik [masa|oda|yer|bilet] [lazım|arıyorum|var mı|ayırır mısınız]',
      '[masaya|odaya|bize|bana] bir [çay|kahve|su|havlu|yastık|battaniye|menü|hesap] [getirir misiniz|yollar mısınız|gönderir misiniz|alabilir miyim|lütfen]',
      '[odaya|masaya|bize] [iki|bir] [çay|su|havlu|tabak] daha [yollar mısınız|gönderin|getirin|alabilir miyiz]',
    ],
  },
  {
    name: 'tr-reach-a-place',
    locale: 'tr',
    label: false,
    count: 700,
    templates: [
      '[üniversiteye|okula|kampüse|otele|havalimanına|hastaneye|yurda|kütüphaneye|merkeze|sahile] nasıl [ulaşabilirim|gidebilirim|giderim|ulaşırım|gidilir][?|]',
      '[iletişim|iletisim|iletişim bilgileri|iletişim bilgisi|iletişim adresi|iletişim sayfası|adres ve telefon][?|]',
      '[rektörle|dekanla|bölüm başkanıyla|danışman hocamla|hocamla|öğretmenimle] [nasıl görüşürüm|nasıl görüşebilirim|ne zaman görüşebilirim|görüşmem lazım][?|]',
      '[kampüse|otele|havalimanından otele|şehir merkezine|plaja|müzeye] [hangi otobüsle gidilir|yol tarifi verir misin|nasıl giderim|taksiyle ne kadar sürer][?|]',
      '[üniversiteyle|okulla|belediyeyle|hastaneyle|kütüphaneyle|yurtla|öğrenci işleriyle] nasıl [iletişime geçilir|irtibat kurulur|iletişim kurabilirim][?|]',
    ],
  },
  {
    name: 'tr-job-and-plans',
    locale: 'tr',
    label: false,
    count: 600,
    templates: [
      '[sizinle|sizlerle|şirketinizde|ekibinizde|burada|bu otelde] [çalışmak istiyorum|çalışmak isterim|staj yapmak istiyorum|iş arıyorum|çalışabilir miyim]',
      '[iş başvurusu|staj başvurusu|gönüllü başvurusu] [yapmak istiyorum|nasıl yapılır|nereden yapılır]',
      '[yarın|haftaya|bu yaz|] [tatile|yurt dışına|işe|okula|köye] [gideceğim|gidiyorum|çıkacağım]',
      '[burada|sizde|şirketinizde|otelinizde] [iş var mı|eleman arıyor musunuz|açık pozisyon var mı|stajyer alıyor musunuz][?|]',
      '[ekibinize|şirketinize|kadronuza] [katılmak istiyorum|katılabilir miyim|nasıl katılırım]',
    ],
  },
  {
    name: 'tr-what-a-place-has',
    locale: 'tr',
    label: false,
    count: 600,
    templates: [
      '[otelde|okulda|kampüste|yurtta|sitede|binada|havalimanında] [revir|doktor|hemşire|psikolog|güvenlik|resepsiyon|kuaför|eczane|berber] var mı[?|]',
      '[revir|psikolog|kuaför|spa|resepsiyon|danışma] [var mı|nerede|kaçta açılıyor|açık mı][?|]',
      '[salak|aptal|gerizekalı|ahmak|saçma|off ya|of be][!|.|]',
    ],
  },
];

// Help with a topic named as a noun asks for no one ("kargo desteği", "şifre yardımı"), unlike "canlı destek".
everydayTurkish.push({
  name: 'tr-topic-support',
  locale: 'tr',
  label: false,
  count: 500,
  templates: [
    '[paket servis|kargo|sipariş|ödeme|şifre|kurulum|fatura|iade|teslimat|hesap|uygulama|rezervasyon] [desteği|yardımı|sorunu|konusunda destek|konusunda yardım|ile ilgili destek][ lazım| istiyorum| lütfen|]',
  ],
});

// Misspelled person words asked for in a word or two; the rows' own spellings stay out, so they test the n-grams.
everydayTurkish.push({
  name: 'tr-glued-refusal',
  locale: 'tr',
  label: false,
  count: 300,
  templates: [
    '[yetkili|insan|operatör|canlı destek|müşteri temsilcisi][istemedim|istemiyorum|istemem|gerekmez]',
    'temsilci[istemiyorum|istemem|gerekmez|gerekyok|lazımdeğil]',
  ],
});

const everydayEnglish: Family[] = [
  {
    name: 'en-misspelled-person',
    locale: 'en',
    label: true,
    count: 500,
    templates: [
      '[agnt|agen|aegnt|agant|agetn|ajent|humna|huamn|hmuan|persn|preson|reprsentative|represntative|operater|opperator|supervsor][ please| pls| plz| now| asap|!]',
      '[talk|speak|chat|connect me] to [an|a|] [agnt|aegnt|agant|agetn|ajent|humna|huamn|persn|preson|reprsentative|operater|supervsor][ please| pls|]',
    ],
  },
  {
    name: 'en-booking-a-visit',
    locale: 'en',
    label: false,
    count: 700,
    templates: [
      '[can|could|may] I book [a consultation|an appointment|a check-up|a cleaning|a haircut|a table|a room|a massage|a viewing|a test drive|a session][ for tomorrow| next week| on monday|][?|]',
      '[can|could] you help me [book|schedule|reschedule|cancel] [a consultation|an appointment|my appointment|a table|a viewing|a session][?|]',
      "[I'd like|I want|I need] to [book|schedule|move] [a consultation|an appointment|a check-up|a table for two|a viewing][ please|]",
    ],
  },
  {
    name: 'en-directions-and-services',
    locale: 'en',
    label: false,
    count: 700,
    templates: [
      '[how do I|how can I|what is the best way to] get to [the airport|the station|your store|the hotel|downtown|the beach|the clinic|the venue][?|]',
      '[where is|is there|can you find] [the nearest|a] [pharmacy|taxi rank|atm|cafe|beach|hospital|parking lot][ nearby|][?|]',
      '[can|could] I get [room service|a taxi|a late checkout|extra towels|a wake-up call|a receipt|a baby cot|an extra bed][ please|][?|]',
      '[show me|find|list|any] [places|bars|restaurants|cafes|pubs] with [live music|a view|outdoor seating|parking|good reviews][ nearby|][?|]',
      '[can|may|is] [someone else|my friend|my husband|my wife|a family member|my kid] [come with me|join me|be allowed to come|accompany me|allowed to come with me][?|]',
    ],
  },
  {
    name: 'en-live-other-sense',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[live music|live sports|live scores|live jazz|a live band|live comedy|live events] [tonight|nearby|this weekend|on saturday|near me][?|]',
      '[where can I|can I|how do I] [watch|stream|hear|find] [live football|the live stream|live music|the match live|live scores][?|]',
      '[is there|do you have|any] [live music|a live band|live entertainment|live sports on tv] [here|tonight|at the bar|][?|]',
    ],
  },
  {
    name: 'en-addressing-the-bot',
    locale: 'en',
    label: false,
    count: 400,
    templates: [
      '[hi|hello|hey|good morning|good evening|yo] [assistant|bot|chatbot|there bot|helper|robot][!|.|]',
      '[how are you|you ok|are you awake|are you still there|you there] [assistant|bot|chatbot|robot|][?|]',
    ],
  },
];

export const EVERYDAY_ENGLISH_FAMILIES: readonly Family[] = everydayEnglish;
export const EVERYDAY_TURKISH_FAMILIES: readonly Family[] = everydayTurkish;

// Round 3: classes of false alarms read on the dev half of more public files (IT help desks, shops, cargo and
// clinic bots). Intent files and chat are full of terse fragments: a thing and its state ("laptop wont boot"), a
// request for a thing ("spare charger for now"), a single product or dish name, a feeling with no one in it ("so
// fed up"), "human" as an adjective ("a human therapist", "human resources"), and in Turkish a parcel or a call
// redirected ("kargoyu doğru adrese yönlendirin") and "müşteri" as what one is ("müşteri olmak istiyorum"). The
// model had read an unknown short word as a misspelt person word. Our own words again; these families draw from a
// stream of their own, so every older family's training and dev lines stay exactly as they were.
const round3English: Family[] = [
  {
    name: 'en-terse-fragments',
    locale: 'en',
    label: false,
    count: 1400,
    templates: [
      '[laptop|pc|printer|monitor|tablet|router|headset|keyboard|phone|desktop|scanner|docking station|charger|webcam] [wont boot|is dead|keeps rebooting|not charging|overheating|no signal|making noise|stuck on logo|beeping|cracked|frozen again|not detected][!|]',
      '[need|want|requesting|order|get me|could use] [a|an|another|a spare|a new|] [charger|mouse|monitor|headset|laptop stand|usb stick|hdmi cable|desk phone|webcam|badge|chair|notebook] [for now|for the new starter|asap|for my desk|please|]',
      '[cheeseburger|margherita|tiramisu|latte|spring rolls|garlic bread|chicken wings|caesar salad|lasagna|espresso|milkshake|nachos|fries|sushi platter|falafel wrap]',
      '[blue hoodie|size 9|medium|xl|the black one|red sneakers|order 55213|ticket 8841|invoice 3320|sku ab-778|model x200|the 128gb one|two of them|one large|gift card]',
      '[so|really|totally|honestly|just|] [fed up|done with today|tired of waiting|stressed out|over it|annoyed|confused|lost here|disappointed today][ ugh| tbh|.|]',
      '[account|profile|password|email|notifications|privacy|display|sound|language|dark mode] [settings|options|page|menu|preferences|stuff][?|]',
      '[printer jam|paper jam|blue screen|slow wifi|vpn drop|battery drain|disk full|update loop|sync issue|low storage|dead pixel|fan noise][ again|!|]',
      '[extra cheese|no onions|oat milk|gluten free|well done|to go|for here|large please|small one|decaf|with ice|mushrooms on top]',
    ],
  },
  {
    name: 'en-human-other-sense',
    locale: 'en',
    label: false,
    count: 600,
    templates: [
      '[my son|my daughter|my kid|my mum|my dad|my partner|my friend] [needs|wants|is seeing|is looking for] a [human|real|proper|qualified] [therapist|tutor|doctor|coach|vet|dentist|teacher]',
      '[tell me about|who are|how many are|introduce] the [humans|people|folks|faces] [on your team|behind the app|at your company|who built this|in your office][?|]',
      '[human resources|human error|human rights|human nature|the human body|human hair wigs|a human interest story] [question|problem|policy|article|page|products|]',
      '[is this|was it|could it be] [a human error|human error|a human mistake|someone typing by hand][?|]',
    ],
  },
];

const round3Turkish: Family[] = [
  {
    name: 'tr-things-redirected',
    locale: 'tr',
    label: false,
    count: 700,
    templates: [
      '[kargoyu|paketi|siparişi|gönderiyi|kargomu|paketimi] [doğru adrese|yeni adresime|iş yerime|en yakın şubeye|komşuma|annemin adresine] [yönlendirin|yönlendirir misiniz|aktarın|gönderin|çevirin][ lütfen| hemen|]',
      '[hemen|lütfen|acilen|] [doğru şubeye|doğru adrese|yeni adrese|depoya|diğer şubeye] [yönlendirin|aktarın|iletin|gönderin]',
      '[parayı|ödemeyi|iadeyi|bakiyeyi|puanlarımı] [diğer hesabıma|kartıma|yeni hesabıma|eşimin hesabına] [aktarın|yönlendirin|geçirin|aktarabilir misiniz]',
      '[aramalarımı|mesajlarımı|bildirimleri|faturayı] [e-postama|diğer numarama|iş telefonuma|yeni adresime] [yönlendirin|aktarın|gönderin|yönlendirebilir misiniz]',
    ],
  },
  {
    name: 'tr-customer-other-sense',
    locale: 'tr',
    label: false,
    count: 400,
    templates: [
      '[yeni müşteri|müşteriniz|kurumsal müşteri|bayi|üye] [olmak için|olmak istiyorum|olunca|olarak] [ne yapmalıyım|nasıl başvururum|indirim var mı|ne gerekiyor|kayıt olabilir miyim]',
      '[müşteri numaramı|müşteri kaydımı|müşteri bilgilerimi|müşteri kartımı|müşteri puanımı] [öğrenebilir miyim|güncellemek istiyorum|nereden görürüm|unuttum]',
    ],
  },
];

export const ROUND3_ENGLISH_FAMILIES: readonly Family[] = round3English;
export const ROUND3_TURKISH_FAMILIES: readonly Family[] = round3Turkish;
