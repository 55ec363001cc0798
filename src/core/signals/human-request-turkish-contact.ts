// Turkish wording the grammar reads wrong: the business's phone, e-mail or WhatsApp line asked for (a request), not
// the speaker's own, someone else's or a thing's number.
import { words } from './human-request-cues.js';

// The business's own ways of contact: "telefon numaranız nedir", "mail adresiniz", "eposta var mı", "klinik
// telefonu nedir", "whatsapp hattınız var mı", "iletişim bilgileriniz".
// "kep adresiniz": the registered e-mail a business keeps, as e-mail.
// "okulun gmail adresi", "hotmail adresiniz": a mail service named for the e-mail.
const MAIL =
  /^(?:e?mail|eposta|kep|gmail|hotmail|outlook)(?:i|ini|iniz|niz|inizi|nizi|iniz[ie]|adres\p{L}*)?$/u;
// "sipariş onay maili", "kargo takip maili", "ikinci el telefonunuz": a message or a thing, not a way to reach anyone.
const MESSAGE_KINDS = new Set(
  words(`onay takip bilgilendirme dogrulama kampanya reklam siparis fatura hosgeldin sifre el`),
);
const PHONE = /^tel(?:efon)?(?:u|unu|unuz|unuzu|lariniz)?$/;
// "iletişim numarası", "iletişim kanalınız": the noun of contact, then which line.
const LINE_AFTER = /^(?:numara|hat|adres|bilgi|kanal)/;
// "sipariş numaranız", "takip numarası": a thing's number, not a way to reach anyone.
const THING_NUMBERS = new Set(
  words(`siparis takip musteri kart hesap fatura kargo seri oda dosya basvuru referans rezervasyon kimlik tc police
    abone abonelik uye uyelik gonderi urun`),
);
// "numaram", "telefonumu", "mail adresime": the speaker's own.
const MINE = /[aeiou]m(?:[iu]|[iu]z|[iu]z[iu]|[ae]|d[ae]n|d[ae])?$/;
// "numaranızı", "telefonunuzu": yours, as an object; with "alabilir miyim" the business asks for the customer's.
const YOURS_AS_OBJECT = /n[iu]z[iu]$/;
const YOURS = /n[iu]z$/;
const BUSINESS_ASKS_YOURS = /^(?:alabil|paylas|yaz|ilet|birak|ver|gonder|not)/;
const ASKS = new Set(
  words(`nedir ne neydi nedi kac nelerdir lazim gerek gerekli istiyorum isterim hangisi hangisiydi`),
);
// "numaranızı verin arayayım": the speaker's own call after, so the number is the business's.
const TO_CALL_YOU = /^(?:arayayim|arayacagim|arayim|ulasayim|ulasacagim|arayalim)$/;
// Asked for, not sent: "mail gönderin" sends something by e-mail, "mail gönderdi" tells of one.
const ASKS_IN_QUESTION = /^(?:alabil|ogren|verir|vereb|paylas|soyler|soyleyebil|yazar|yazabil)/;
// "iletişim bilgisi ver", "telefon numarası verin": given, told; "numaranızı verin" asks the customer for theirs.
const ASKS_GIVEN = /^(?:ver|verin|veriniz|versene|versenize)$/;
// "iletişim bilgilerinizi ve çalışma saatlerinizi öğrenebilir miyim": a second thing of yours before the ask.
const YOUR_OTHER_THING = /(?:n[iu]z[iu]?|s[iu]n[iu]|l[ae]r[iu])$/;

/** Where the ask is after a way of contact: past "acaba", "peki" and a second thing of the business's. */
function askAfter(tokens: readonly string[], end: number): number {
  let at = end + 1;
  // "whatsapp hattının numarası ne": the line's number, then the ask.
  if (/^numara(?:s[iu]|s[iu]n[iu])$/.test(tokens[at] ?? '')) {
    at += 1;
  }
  while (tokens[at] === 'acaba' || tokens[at] === 'peki') {
    at += 1;
  }
  if (tokens[at] === 've') {
    const other = tokens.slice(at + 1, at + 4).findIndex((token) => YOUR_OTHER_THING.test(token));
    if (other >= 0) {
      at += other + 2;
    }
  }
  return at;
}

// "annemin telefonu", "komşumun numarası": a number someone else owns, asked as information (the generated corpus's
// "tr-assistant-talk" family). "sizin", "kliniğinizin", a part of the business ("kargo şubesinin telefonu", "destek
// ekibinin maili", "İK'nın numarası") or a point of contact ("müşteri hizmetlerinin numarası", "çağrı merkezinin
// telefonu"): the business's own, a way to reach its people (round 54: the fresh dev halves' writers all read it so).
const GENITIVE = /(?:n[iu]n|[^aeiou][iu]n)$/;
// "okulun mail adresi", "şirketin telefon numarası": the place itself, named with no one's before it.
const BUSINESS_OWNER =
  /^sizin$|n[iu]z[iu]n$|^(?:okulun|sirketin|firmanin|fakultenin)$|^(?:universite|banka|magaza|kurum|sube|ekib|ekip|birim|departman|bolum|ofis|merkez|masa|hatt|ikn|muhasebe|sorumlu|temsilci|yetkili|destek|resepsiyon|bordro|isler|buro|santral|hastane|klinig|laboratuvar|mudurlug|kaynaklar|daire|sekreterlig|baskanlig|rektorlug|dekanlig|amirlig|belediye|kutuphane|muhtarlig|valilig|kaymakamlig|idare)/;

// "temsilcimin maili": the speaker's own ("my"), as the speaker keeps it.
const MY_GENITIVE = /[aeiou]m[iu]n$/;
// "bölümün", "kurumun": a word whose own last letter is "m", in the genitive; "bölümümün" is the speaker's department.
const M_ENDING_GENITIVE = /^(?:bolum|kurum)un$/;

function isTheBusinessInTheGenitive(tokens: readonly string[], owner: number): boolean {
  const word = tokens[owner] ?? '';
  return (
    (BUSINESS_OWNER.test(word) && (!MY_GENITIVE.test(word) || M_ENDING_GENITIVE.test(word))) ||
    isAContactPointAt(tokens, owner)
  );
}

// The business's own points of contact, named in two words before their number: "müşteri hizmetleri numarası ne",
// "şikayet hattı numarasını verir misiniz", "canlı destek numarası var mı". In the genitive ("çağrı merkezinin
// telefonu") the number is asked as information, as of a branch or a relative (the corpus's "tr-assistant-talk").
const CONTACT_POINTS: readonly (readonly [string, string])[] = [
  ['musteri', 'hizmet'],
  ['cagri', 'merkez'],
  ['canli', 'destek'],
  ['teknik', 'destek'],
  ['destek', 'hat'],
  ['sikayet', 'hat'],
  ['musteri', 'hat'],
  ['yardim', 'masa'],
  // "müşteri hizmetleri hattınız", "şikayet ve öneri hattınız nedir"
  ['hizmetleri', 'hat'],
  ['oneri', 'hat'],
  // "danışma hattınız var mı": the information line.
  ['danisma', 'hat'],
  // "teknik servis numarası nedir": the repair service's line.
  ['teknik', 'servis'],
  // "randevu hattı numarası", "rezervasyon hattınız": the line for appointments or bookings.
  ['randevu', 'hat'],
  ['rezervasyon', 'hat'],
];
const THIRD_PERSON_LINE = /^(?:numara|telefon)(?:s[iu]|s[iu]n[iu]|u|unu)$/;

/** Whether the two words ending at `index` name one of the business's points of contact. */
function isAContactPointAt(tokens: readonly string[], index: number): boolean {
  const first = tokens[index - 1] ?? '';
  const second = tokens[index] ?? '';
  return CONTACT_POINTS.some(([one, two]) => first === one && second.startsWith(two));
}

const TO_BE_CALLED =
  /^(?:aranacak|arayabilecegim|arayabilecegimiz|ulasabilecegim|ulasabilecegimiz|arayacagim)$/;

/** The index of the word that ends a way of contact starting at `index` ("telefon numaranız"), or -1. */
function channelEnd(tokens: readonly string[], index: number): number {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  if (MESSAGE_KINDS.has(tokens[index - 1] ?? '')) {
    return -1;
  }
  if (MAIL.test(token) || (token === 'e' && next.startsWith('posta')) || token.startsWith('whatsapp')) {
    const end = token === 'e' ? index + 1 : index;
    return LINE_AFTER.test(tokens[end + 1] ?? '') ? end + 1 : end;
  }
  if (PHONE.test(token)) {
    if (next.startsWith('numara')) {
      return index + 1;
    }
    // "telefon var mı" asks about a phone for sale; "telefonu nedir", "telefonunuz" about the line.
    return token === 'telefon' || token === 'tel' ? -1 : index;
  }
  if ((token === 'iletisim' || token === 'irtibat') && LINE_AFTER.test(next)) {
    return index + 1;
  }
  if (/^numara(?:n[iu]z|n[iu]z[iu])$/.test(token) && !THING_NUMBERS.has(tokens[index - 1] ?? '')) {
    return index;
  }
  // "idari işlerin numarası ne", "rezervasyon hattınızın numarası": a part of the business's line, in the genitive.
  if (
    THIRD_PERSON_LINE.test(token) &&
    (isAContactPointAt(tokens, index - 1) ||
      // "hastanenin santral numarası"
      tokens[index - 1] === 'santral' ||
      (GENITIVE.test(tokens[index - 1] ?? '') && isTheBusinessInTheGenitive(tokens, index - 1)))
  ) {
    return index;
  }
  // "şikayet hattınız var mı", "destek hattınız nedir", "IT destek hattı var mı": the business's own point of contact.
  if (/^hatt[iu](?:n[iu]z)?$/.test(token) && isAContactPointAt(tokens, index)) {
    return index;
  }
  // "aranacak bi numara verin", "size ulaşabileceğim bir numara var mı": a number to call the business on.
  // "ulaşabileceğim başka bi numara": another number, the same ask.
  const one = tokens[index - 1] === 'bir' || tokens[index - 1] === 'bi' ? index - 2 : index - 1;
  const called = tokens[one] === 'baska' ? one - 1 : one;
  if (token === 'numara' && TO_BE_CALLED.test(tokens[called] ?? '')) {
    return index;
  }
  // "numara verir misiniz, telefonla anlatmak daha kolay", "bana bi numara verin arayım": a number asked for, no one's
  // named, so the business's.
  if (
    token === 'numara' &&
    /^ver(?:ir|in|iniz|ebilir)$/.test(next) &&
    !THING_NUMBERS.has(tokens[index - 1] ?? '') &&
    !GENITIVE.test(tokens[index - 1] ?? '')
  ) {
    return index;
  }
  return -1;
}

// "numaranızı verin sizi arayalım", "mail adresinizi paylaşın size dönelim": the business asks the customer for theirs,
// to act on them (so does "numaranızı alabilir miyim", unless a purpose comes first: "şikayet için mail adresinizi
// alabilir miyim"); a customer's "mail adresinizi verir misiniz" asks for the business's.
const WE_ACT = /(?:alim|elim|ayim|eyim|iz)$/;
const TO_YOU = new Set(words(`sizi size sizinle sizden`));

function isTheBusinessSpeaking(tokens: readonly string[], ask: number): boolean {
  return tokens
    .slice(ask + 1, ask + 5)
    .some((token, at, after) => TO_YOU.has(token) || (WE_ACT.test(token) && TO_YOU.has(after[at - 1] ?? '')));
}

// "şikayet için hangi numarayı arayacağım", "hangi mail adresine atayım": which line of the business to use, asked.
function isWhichLineAsked(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  return (
    tokens[index - 1] === 'hangi' &&
    ((/^numara(?:yi|ya)$/.test(token) && /^ara/.test(next)) ||
      ((MAIL.test(token) || token === 'posta') && /^adres(?:ine|e)$/.test(next)))
  );
}

/** Whether a Turkish clause asks for the business's phone number, e-mail or WhatsApp line. */
export function isAskingForTurkishContactDetails(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    if (isWhichLineAsked(tokens, index)) {
      return true;
    }
    const end = channelEnd(tokens, index);
    if (end < 0) {
      continue;
    }
    const owner = tokens[index - 1] ?? '';
    const last = tokens[end] ?? '';
    // "Gökhan'ın kişisel mail adresi": someone's own, personal line; "arkadaşımın veli telefonu": a line of someone of
    // the speaker's.
    if (owner === 'kisisel' || owner === 'ozel' || MY_GENITIVE.test(tokens[index - 2] ?? '')) {
      return false;
    }
    // "şikayet için mail adresiniz nedir": "için" (for) ends as a genitive would.
    if (
      MINE.test(last) ||
      (GENITIVE.test(owner) && owner !== 'icin' && !isTheBusinessInTheGenitive(tokens, index - 1))
    ) {
      return false;
    }
    const at = askAfter(tokens, end);
    const ask = tokens[at] ?? '';
    // "çağrı merkezi numaranızı verir misiniz": a point of contact named before "yours" makes the line the business's.
    if (
      YOURS_AS_OBJECT.test(last) &&
      BUSINESS_ASKS_YOURS.test(ask) &&
      !isAContactPointAt(tokens, index - 1) &&
      !TO_CALL_YOU.test(tokens[at + 1] ?? '') &&
      ((ask.startsWith('alabil') && !tokens.slice(0, index).includes('icin')) ||
        isTheBusinessSpeaking(tokens, at))
    ) {
      return false;
    }
    // "annemin telefonu var mı" asks of someone's phone; "şube telefonunu verir misiniz", "ofisinizin telefonu var mı"
    // of the business's line.
    const isThirdPerson =
      /^tel(?:efon)?u(?:nu)?$/.test(last) &&
      !isAContactPointAt(tokens, index - 1) &&
      !isTheBusinessInTheGenitive(tokens, index - 1);
    // "telefonu?" alone names no one's line: whose it is comes only from the words before.
    const isThirdPersonAlone = index === end && index === 0;
    if (
      ASKS.has(ask) ||
      (!isThirdPerson &&
        /^(?:var|yok)(?:m[iu])?$/.test(ask) &&
        (ask.length > 3 || /^m[iu]/.test(tokens[at + 1] ?? ''))) ||
      // "İK departmanının telefonunu alabilir miyim": taken down, as the business's own staff would.
      (!isThirdPerson && ASKS_IN_QUESTION.test(ask) && !(last.endsWith('unu') && ask.startsWith('alabil'))) ||
      ((!YOURS_AS_OBJECT.test(last) || TO_CALL_YOU.test(tokens[at + 1] ?? '')) && ASKS_GIVEN.test(ask)) ||
      // "şubenin numarasını rica ediyorum": asked as a favour.
      (!isThirdPerson && ask === 'rica' && /^e[dt]/.test(tokens[at + 1] ?? '')) ||
      // "numaranız lütfen", "en yakın şubenin telefonu?": the line alone is the question.
      // "destek ekibinin mail adresi": the business's own, in the genitive, alone.
      ((YOURS.test(last) ||
        (!isThirdPersonAlone &&
          !isThirdPerson &&
          (THIRD_PERSON_LINE.test(last) || isTheBusinessInTheGenitive(tokens, index - 1)))) &&
        (ask === '' || ask === 'lutfen'))
    ) {
      return true;
    }
  }
  return false;
}

// "iletişim", "iletişim bilgileri", "destek hattı lütfen": a way to reach the business picked from a menu or typed
// alone, as "contact details" alone asks in English. "teknik destek" alone stays a topic.
const BARE_LINES = new Set(
  words(`iletisim iletisim_bilgileri iletisim_bilgileriniz iletisim_bilgisi iletisim_numarasi iletisim_adresi
    iletisim_adresiniz iletisim_numaraniz iletisim_kanallari iletisim_kanallariniz destek_hatti destek_hattiniz
    yardim_hatti musteri_hatti`),
);
// "iletişim bilgileriniz neler?", "şirketinizin resmi iletişim kanalları neler?", "şirket iletişim adresi".
const BARE_AROUND = new Set(
  words(`lutfen acaba ne nedir neler nelerdir resmi sirket sirketin sirketinizin firma firmanin firmanizin`),
);
const BARE_LINE_MOST = 5;

// "dekan iletişim", "bölüm başkanı iletişim", "Bera iletişim": someone of the business, or the business by its name,
// and "iletişim" after, as intent lists and menus write a contact asked for; never the speaker's own ("benim iletişim
// bilgilerim") nor a thing's ("sipariş iletişim").
const NAMED_CONTACT = new Set(words(`iletisim iletisim_bilgileri iletisim_bilgisi`));
const NAMED_MOST = 2;
// Words that only end as "my" does: "bölüm", "kurum".
const ENDS_AS_MINE = new Set(words(`bolum kurum`));
// "üniversite numarası", "okul telefonu": the place itself and its line, alone.
const PLACE_LINE =
  /^(?:universite|okul|fakulte|sirket|firma|magaza|banka|hastane|klinik|ofis|merkez|dekanlik|rektorluk|kutuphane|belediye|bolum)$/;
const PLACE_LINE_AFTER =
  /^(?:numarasi|telefonu|telefon_numarasi|maili|mail_adresi|e_posta_adresi|eposta_adresi)$/;

function isSomeoneNamedForContact(tokens: readonly string[]): boolean {
  const contact = NAMED_CONTACT.has(tokens.slice(-1).join('_'))
    ? 1
    : NAMED_CONTACT.has(tokens.slice(-2).join('_'))
      ? 2
      : 0;
  const named = tokens.slice(0, tokens.length - contact);
  return (
    contact > 0 &&
    named.length > 0 &&
    named.length <= NAMED_MOST &&
    !named.some(
      (token) =>
        (MINE.test(token) && !ENDS_AS_MINE.has(token)) ||
        THING_NUMBERS.has(token) ||
        BARE_AROUND.has(token) ||
        // "satıcının iletişim bilgisi": someone else's, in the genitive.
        (GENITIVE.test(token) && !BUSINESS_OWNER.test(token)),
    )
  );
}

// "fakülte sekreterliği telefon", "sağlık kültür spor daire başkanlığı iletişim": an office of the business named by its
// kind last, and its line or "iletişim" after it, as intent lists write it.
const OFFICE_KIND =
  /^(?:baskanlig|mudurlug|sekreterlig|koordinatorlug|dekanlig|rektorlug|ofis|birim)(?:i|u)?$/;
const OFFICE_LINE = /^(?:telefon|telefonu|numara|numarasi|mail|maili|iletisim)$/;
const OFFICE_NAME_MOST = 5;

function isAnOfficeLineNamed(tokens: readonly string[]): boolean {
  const office = tokens.length - 2;
  return (
    office >= 1 &&
    office <= OFFICE_NAME_MOST &&
    OFFICE_KIND.test(tokens[office] ?? '') &&
    OFFICE_LINE.test(tokens[office + 1] ?? '') &&
    !tokens
      .slice(0, office + 1)
      .some((token) => (MINE.test(token) && !ENDS_AS_MINE.has(token)) || BARE_AROUND.has(token))
  );
}

/** Whether a whole Turkish message only names a way to reach the business. */
export function isTurkishBareContact(tokens: readonly string[]): boolean {
  if (isAnOfficeLineNamed(tokens)) {
    return true;
  }
  if (tokens.length > BARE_LINE_MOST) {
    return false;
  }
  const named = tokens.filter((token) => !BARE_AROUND.has(token));
  return (
    (named.length > 0 && named.length <= 2 && BARE_LINES.has(named.join('_'))) ||
    isSomeoneNamedForContact(tokens) ||
    (tokens.length <= 3 &&
      PLACE_LINE.test(tokens[0] ?? '') &&
      PLACE_LINE_AFTER.test(tokens.slice(1).join('_')))
  );
}
