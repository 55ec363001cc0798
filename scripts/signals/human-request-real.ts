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
