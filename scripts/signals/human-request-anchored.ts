// Families of the human-request corpus for the words of a request used without asking for anyone: being able to talk
// now (a voice caller's answer), chatting with the bot enjoyed, the bot called AI, bots as things a user makes or
// lists, a role word as what someone is ("junior", "senior", "owner's manual"), "support" as what a product does,
// "connect" said of devices and accounts, and an errand about someone. The model had learnt these words from requests
// alone, and read a short line of them as one ("This is AI", "yes I can talk", "am i a junior or senior"). Our own
// words, drawn from a stream of their own and appended last, so every other family expands exactly as before.
import type { Family } from './families.js';

const anchoredEnglish: Family[] = [
  {
    name: 'en-chat-enjoyed',
    locale: 'en',
    label: false,
    count: 400,
    templates: [
      '[i|i really|i actually] [enjoy|like|love] [chatting|talking|speaking] [with|to] you[!| a lot| haha|]',
      '[this|our] [chat|conversation|talk] was [fun|helpful|nice|great|useful][, thanks|!|]',
      '[you are|ur|you re] [fun|nice|easy|good] to [talk to|chat with|talk with][!| lol|]',
      '[can we|lets|i want to] [keep chatting|chat some more|talk more|keep talking][ please|?|]',
    ],
  },
  {
    name: 'en-bot-called-ai',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[this is|that is|so this is|oh this is|it is] [ai|an ai|automated|artificial intelligence][.|!| lol|]',
      '[ai|machine learning|automation|artificial intelligence] is [amazing|the future|everywhere now|getting better|scary|so clever][!|.|]',
      '[is this|is it|are you] [powered by|using|built on|running on] [ai|gpt|a language model|machine learning][?|]',
      '[what|which] [ai|model|language model|engine] [are you|do you use|is this|powers you][?|]',
    ],
  },
  {
    name: 'en-bots-as-things',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[back to|show|list|open|view] [all bots|my bots|bots|my agents|all agents|the agent list|my assistants][!|]',
      '[create|build|make|add|delete|rename|duplicate|deploy|train] [a|my|the|a new|this] [bot|chatbot|agent|assistant|ai agent][ please|]',
      '[how do i|how can i|can i] [build|make|train|set up|embed|publish] [a|my|my own|a custom] [bot|chatbot|ai agent|assistant|voice agent][?|]',
      '[my|the] [bot|agent|assistant|chatbot] [is not replying|stopped working|has an error|does not deploy|answers wrong|is offline] [in slack|on my site|after the update|]',
    ],
  },
  {
    name: 'en-role-as-attribute',
    locale: 'en',
    label: false,
    count: 600,
    templates: [
      '[am i|is he|is she|are we|is my son] a [junior|senior|sophomore|freshman|member|student|resident|first year][ or a [senior|junior|member|graduate]|][?|]',
      '[senior|student|staff|employee|military|teacher|member] discount [available|for this|on shoes|][?|]',
      '[senior|junior|staff|employee|manager|owner|agent|admin] [discount|pricing|account|plan|tickets|rates|portal|password|role|permissions][?|]',
      '[where is|where can i find|i lost] the [owner s manual|owners manual|user manual|manager desk|staff handbook|agent guide][?|]',
      "i'm the [account owner|owner of the account|manager of a small shop|admin|team lead|business owner][, how do i [add a user|change the plan|export my data|update billing]|]",
      '[how much|what] [commission|fee|salary] [does an agent|do agents|does a rep|do managers] [get|earn|charge][?|]',
      '[i need|we need|looking for|do you sell] a [manager desk|staff uniform|reception desk|human hair wig|agent license|representative sample][ and four chairs|, in black|?|]',
    ],
  },
  {
    name: 'en-support-as-a-feature',
    locale: 'en',
    label: false,
    count: 600,
    templates: [
      '[does it|does the app|does your product|does this phone|does the printer] support [dark mode|bluetooth|apple pay|5g|wireless charging|arabic|two factor login|multiple users][?|]',
      '[is|are] [bluetooth|apple pay|arabic|my model|older iphones|windows 7|linux] supported[?|]',
      '[visa|language|device|payment|browser|screen reader|emoji|sso] support[?| for this|]',
      '[how do i|how can i|can i] get [visa support|financial support|student support funding|a support letter|housing support][?|]',
      '[add|adding|need|request] support for [dark mode|csv export|my language|a second currency|webhooks|ipad][ please|]',
      '[support|supported] [devices|browsers|languages|formats|versions] [list|page|][?|]',
    ],
  },
  {
    name: 'en-connect-a-thing',
    locale: 'en',
    label: false,
    count: 600,
    templates: [
      '[how do i|how to|how can i|cant|unable to] [connect|reconnect|link|pair|sync] [my printer|the salesforce connector|my bank account|my headphones|the tv|my calendar|the app|my watch|to wifi|the router][?|]',
      '[my|the] [connection|wifi connection|bluetooth connection|vpn connection|internet] [keeps dropping|is slow|failed|timed out|is unstable][ again|!|]',
      '[connect|link|pair] [my account|my card|the device|my phone|google drive|dropbox] [to|with] [the app|my account|my tv|the car][ please|]',
      '[connection|connector|integration] [error|settings|failed|not found|timeout][ again|?|]',
    ],
  },
  {
    name: 'en-errand-about-someone',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[email|message|text|remind|tell] [the whole team|my team|my boss|the class|everyone] about [the meeting|the deadline|the party|the change|the person who broke it][ please|]',
      '[can i|how do i|i want to] [put money on|send|load] a [card|gift card|voucher] [as a present|for someone|for a friend|for my niece][?|]',
      '[help me|how do i|tips to] [reach out to|contact|write to|network with] [companies|recruiters|employers|landlords|potential clients][?|]',
      '[find|show|list] [apartments|flats|houses|gyms] with [responsive management|a concierge|on site staff|a friendly landlord][ nearby|]',
      '[will|does|would] [anyone|someone|a person] [see|read|check] [this|my review|the comments|my photo][?|]',
    ],
  },
  // The same words in requests, so the model learns the request from its form, not from the word alone.
  {
    name: 'en-anchored-requests',
    locale: 'en',
    label: true,
    count: 900,
    templates: [
      '[i want to|i need to|how do i|how can i|can i] [contact|reach|get hold of|reach out to] [easy ai|acme ai|your company|the company|brightbank|zenith ai|nova support|the shop][?|.|]',
      '[how can i|how do i|can i|where can i] reach out [by phone|over the phone|to you|to your team|to someone|to support][?|]',
      '[connect|put|link] me [with|to] [a strategist|a specialist|a consultant|an advisor|a planner|a coordinator|an expert|a claims handler][ please|]',
      '[i want to|i need to|can i|let me] [talk|chat|speak] [to|with] [a person|a human|someone|an agent|a real person] [now|right now|please|today|]',
      "[i don't want|no more|not another|stop with the] [ai|bot|chatbot|machine][,|.] [get me|i want|connect me to|give me] [a human|a person|an agent|someone real]",
      '[is|are] the [owner|manager|supervisor|duty manager] [about|around|in|free][ today|?|]',
      '[can you|could you|please] [transfer|put] me [through to|to] [billing|sales|accounts|the claims team|reception][ or give me their number|, or their direct line|?|]',
      '[i want|i need|give me|what is] [the|your] [support contact|press contact|contact for support|contact at your company|direct contact][?| please|]',
    ],
  },
  // Round 68: a buyer's own team as the one that needs something ("our security team needs compliance details"), a
  // product's links and prices asked for; appended after the families above, so they expand as before.
  {
    name: 'en-our-team-needs',
    locale: 'en',
    label: false,
    count: 500,
    templates: [
      '[our|my|the] [security|sales|support|marketing|it|finance|legal|hr|dev|engineering|ops|procurement] team [needs|wants|requires|is asking for|uses|is evaluating|is looking for] [compliance details|a soc 2 report|pricing|a demo account|sso|an invoice|more seats|an api key|a quote|a dpa][.|!| before we sign|]',
      '[we are|we re|i am|our team is] [comparing|evaluating|looking at|testing] [a few tools|vendors|options|pricing plans|three platforms] [this week|for our team|right now|this quarter][.|]',
      '[can you|could you|please] send [me|us] [pricing|a quote|the brochure|case studies|a price list|the contract|the onboarding guide] [for|of] [whatsapp campaigns|email campaigns|your enterprise plan|ten seats|our team|the pro plan][?|.|]',
      '[can i get|send me|where is|i need] the [connect|zoom|meeting|invite|join|webinar|download] link[ please|?|]',
    ],
  },
];

const anchoredTurkish: Family[] = [
  {
    name: 'tr-bot-called-ai',
    locale: 'tr',
    label: false,
    count: 300,
    templates: [
      '[sen bir bot musun|sen yapay zeka mısın|bu bir bot mu|bu yapay zeka mı|bu bir robot mu|sen robot musun|bu bir program mı][?|]',
      '[yapay zeka|botlar|chatbotlar] [harika|çok gelişti|geleceğin teknolojisi|her yerde|korkutucu][!|.|]',
      '[seninle|sizinle|botla] [konuşmak|sohbet etmek|yazışmak] [çok keyifli|eğlenceli|güzel|hoş][!| gerçekten|]',
      '[gerçek insan|insan] gibi [konuşuyorsun|yazıyorsun|cevap veriyorsun|davranıyorsun][!| gerçekten|]',
    ],
  },
  {
    name: 'tr-anchor-other-sense',
    locale: 'tr',
    label: false,
    count: 500,
    templates: [
      '[fotoğraf|görsel|ilk izlenim|sitedeki renk|ürün resmi] [ile|ve] gerçek [birbirine hiç uymuyor|aynı değil|çok farklı|uymuyor][.|!|]',
      '[bu|ürün|çanta|saat] gerçek [deri|altın|gümüş|orijinal|ahşap] mı[?|]',
      'insan [vücudu|sağlığı|kaynakları|hakları|psikolojisi|doğası] [için|hakkında|ile ilgili] [hangi egzersiz iyi|bilgi verir misin|ne önerirsin|bir yazı var mı][?|]',
      '[ekibime|hesabıma|panele|mağazama] [nasıl|] [temsilci|kullanıcı|yönetici|çalışan|operatör] [eklerim|ekleyebilirim|silerim|tanımlayabilirim][?|]',
      '[online|ücretsiz|öğrenci|] [danışmanlık|rehberlik|psikolojik destek] hizmetinden [yararlanabilir miyim|faydalanabilir miyim|nasıl yararlanırım][?|]',
      '[firmamız|ajansımız|şirketimiz] için [api entegrasyonu|toplu gönderim|yeni bir panel|özel bir rapor] [yapmak istiyoruz|istiyoruz|mümkün mü][?|.|]',
    ],
  },
  // Round 68: the ways real Turkish customers ask to reach the business that the model had seen few of (its line, whom
  // to contact, how to reach it, being contacted, the bot called names), beside the same words about the speaker's own
  // number or someone else. Appended after the families above, so they expand as before.
  {
    name: 'tr-reaching-the-business',
    locale: 'tr',
    label: true,
    count: 700,
    templates: [
      '[merhaba |acaba |pardon |][telefon|iletişim|whatsapp|müşteri hizmetleri|destek hattı|çağrı merkezi|şikayet hattı] [numaranız|hattınız] [nedir|ne|kaç|var mı|neydi][?|]',
      '[merhaba |acaba |][mail|e-posta|iletişim] [adresiniz|bilgileriniz] [nedir|ne|neler|var mı][?|]',
      '[bu konuda|sorun yaşarsam|iade için|fatura için|şikayet için|siparişim için|teknik bir sorun için] [kiminle|kimle|kime] [görüşmeliyim|görüşebilirim|iletişime geçmeliyim|iletişime geçebilirim|ulaşabilirim|başvurabilirim|ulaşmalıyım][?|]',
      '[iletişim|destek|müşteri hizmetleri] [numaranızı|hattınızı|mail adresinizi] [öğrenebilir miyim|paylaşır mısınız|verir misiniz|söyler misiniz][?|]',
      '[merhaba |peki |acaba |][size|sizinle|şirketinize|firmanıza|mağazanıza] nasıl [ulaşabilirim|ulaşırım|iletişime geçebilirim|iletişim kurabilirim][?|]',
      '[lütfen |müsait olduğunuzda |en kısa sürede |yarın |bugün |][beni arayabilir misiniz|beni arar mısınız|benimle iletişime geçebilir misiniz|bana dönüş yapabilir misiniz|bana geri dönebilir misiniz][?|]',
      '[sen|bu bot|bu robot|bu asistan] [çok aptal|çok yetersiz|hiçbir işe yaramıyor|berbat|çok salak|işe yaramaz][!|.|, insan istiyorum|]',
      '[aptal mısın|salak mısın|anlamıyor musun|beni hiç anlamıyorsun|ne biçim bot bu][?|!|]',
      '[size|sizlere] [nereden|hangi numaradan|hangi adresten] [ulaşabilirim|yazabilirim|ulaşırım][?|]',
      '[biri|bir yetkili|bir temsilci|birisi] [telefondan|telefonla|mailden|whatsapptan|] [dönüş yapsın|beni arasın|bana dönsün|bana yazsın][ lütfen|!|]',
    ],
  },
  {
    name: 'tr-own-number-or-someone-else',
    locale: 'tr',
    label: false,
    count: 900,
    templates: [
      '[sipariş|takip|müşteri|hesap|abone] numaramı [nasıl öğrenirim|unuttum|nerede bulurum|nereden görürüm][?|]',
      '[telefon numaramı|mail adresimi|iletişim bilgilerimi] [güncellemek istiyorum|değiştirmek istiyorum|nasıl değiştiririm|yanlış girdim][?|.|]',
      '[annemle|avukatımla|arkadaşımla|eşimle] [nasıl iletişime geçerim|görüşmem lazım|konuşmam gerek][?|.|]',
      '[kimi|kime] [aradınız|yazdınız|sordunuz|gönderdiniz][?|]',
      '[siz kimsiniz|siz ne iş yapıyorsunuz|sizin adınız ne|siz hangi şirketsiniz|siz nerdesiniz][?|]',
      '[mesajlarımı|faturamı|aramalarımı|bildirimleri|ekstremi] [e-postama|mailime|numarama|telefonuma] [yönlendirin|gönderin|yönlendirebilir misiniz|gönderir misiniz][?|]',
      '[kişisel bilgilerimi|iletişim bilgilerimi|hesabımı|telefon numaramı] [silmek istiyorum|silin|kaldırın|sistemden çıkarın][?|.|]',
      '[kargo|sipariş|fatura] [numaranız|kodunuz] [nedir|ne|burada|sistemde kayıtlı][?|.|]',
      '[kargocuyu|kuryeyi|satıcıyı|restoranı|bankamı] [arayıp sorar mısınız|arar mısınız|arayabilir misiniz|arayıp söyler misiniz][?|]',
      '[size|sana|sizlere] nasıl yardımcı [olabilirim|olabiliriz|olayım][?|]',
      '[canlı destek|destek hattı|müşteri hizmetleri|çağrı merkezi] [çok iyi|harika|çok hızlı|gayet ilgiliydi][.|!|]',
      '[sipariş|kargo|iade] durumumu [nasıl öğrenirim|nereden takip ederim|nereden görürüm][?|]',
      '[telefonla|telefon ile|müşteri temsilcisiyle|yetkiliyle] [görüştüm|görüşme yaptım|konuştum|görüşmüştüm][.|, sorun çözüldü|, teşekkürler|]',
      '[harika|çok iyi|süper|gayet güzel] bir [canlı destek|destek hattı|müşteri hizmetleri|çağrı merkezi][ hizmeti| deneyimi|][!|.|]',
      '[birimim|departmanım|ekibim|şubem] [iletişim|iletişim bilgileri|telefonu|maili] [güncel değil|değişti|yanlış görünüyor|][.|]',
      '[fatura|ekstre|dekont] [bilgilerim|detaylarım] [nerede|nasıl görüntülenir][?|]',
      '[benimle|bizimle] iletişime geçmek [isterseniz|isteyenler|için] [yazın|arayın|formu doldurun|bu numarayı kullanın][.|!|]',
    ],
  },
];

export const ANCHORED_ENGLISH_FAMILIES: readonly Family[] = anchoredEnglish;
export const ANCHORED_TURKISH_FAMILIES: readonly Family[] = anchoredTurkish;
