// Turkish sentences about the business's staff that ask for nobody (the model's reading): which one acted, asked
// ("talebimi hangi temsilci inceledi", "faturamı kim hazırladı"), a complaint about someone ("bir temsilciden
// şikayetçiyim"), staff hired or a job as one of them ("müşteri temsilcisi alıyor musunuz", "temsilci olmak
// istiyorum"); and staff who speak a language, asked
// about ("şubenizde Arapça bilen personel var mı").

// "inceledi", "aradı", "hazırlamış": a past act of the third person, last in the sentence.
const PAST_ACT = /^\p{L}{3,}(?:[dt][iu]|m[iu]s)$/u;
const QUESTION = new Set(['mi', 'mu', 'acaba']);
const WHO = new Set(['hangi', 'kim', 'kimin']);
// "bir temsilciden şikayetçiyim": the one complained of, in the ablative, and the complaint.
const COMPLAINING = /^sikayetci(?:yim|yiz|y[iu]m)?$/;
const ABLATIVE = /[dt][ae]n$/;
// "temsilci alıyor musunuz", "personel alımı var mı": people hired, asked of the business.
const HIRING = /^(?:aliyor m[iu]s[iu]n[iu]z|aliyor mu|alim\p{L}* var m[iu])$/u;

// "yönetici kim", "şube müdürünüz kimdir": who someone is, looked up, in a few words with no verb of reaching;
// "görüşebileceğim yetkili kim" and "muhatabım kim" (whom the speaker deals with) ask whom to reach.
const WHO_IS = new Set(['kim', 'kimdir']);
const LOOK_UP_MOST = 4;
const REACHING_OR_DEALING = /^(?:ara[rym]|ulas|gorus|konus|baglan|muhatab|muhatap|iletisim)/;

function isWhoSomeoneIsLookedUp(tokens: readonly string[], end: number): boolean {
  return (
    end <= LOOK_UP_MOST &&
    WHO_IS.has(tokens[end - 1] ?? '') &&
    !tokens.slice(0, end - 1).some((token) => REACHING_OR_DEALING.test(token))
  );
}

/** Whether a Turkish sentence asks which of the staff acted or who one is, complains of someone, or asks about hiring. */
export function isAboutStaffInTurkish(tokens: readonly string[]): boolean {
  let end = tokens.length;
  while (end > 0 && QUESTION.has(tokens[end - 1] ?? '')) {
    end -= 1;
  }
  if (isWhoSomeoneIsLookedUp(tokens, end)) {
    return true;
  }
  const last = tokens[end - 1] ?? '';
  if (tokens.some((token) => WHO.has(token)) && PAST_ACT.test(last)) {
    return true;
  }
  if (tokens.some((token) => COMPLAINING.test(token)) && tokens.some((token) => ABLATIVE.test(token))) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      HIRING.test(`${token} ${tokens[index + 1] ?? ''}`) ||
      HIRING.test(`${token} ${tokens[index + 1] ?? ''} ${tokens[index + 2] ?? ''}`) ||
      // "temsilci olmak istiyorum", "müşteri temsilcisi olarak çalışmak istiyorum": to be one of them, a job.
      (BECOMING.test(token) && STAFF_ROLE.test(tokens[index - 1] ?? '')),
  );
}

const BECOMING = /^ol(?:mak|arak|abilir)/;
const STAFF_ROLE = /^(?:temsilci|personel|calisan|operator|danisman)/;

// "İngilizce konuşan personel var mı", "Arapça bilen biri var mı": whether staff speak a language, asked; "İngilizce
// konuşan bir temsilciye bağlar mısınız" asks for one.
const LANGUAGE_SPOKEN = new Set([
  'ingilizce',
  'arapca',
  'almanca',
  'rusca',
  'turkce',
  'fransizca',
  'ispanyolca',
  'italyanca',
  'kurtce',
  'farsca',
  'cince',
  'japonca',
  'isaret',
]);
const KNOWING = /^(?:bilen|konusan|konusabilen|anlayan|dili)$/;
const HAVING = /^(?:var|varmi|varmidir)$/;
const LANGUAGE_REACH = 4;

// Staff of a place, not someone to talk to now: "personel", "çalışan", "eleman"; or a place named ("şubenizde"):
// "İngilizce konuşan bir temsilci var mı" asks for one to talk to.
const STAFF = /^(?:personel|calisan|eleman|doktor|hekim|hemsire|eczaci)/;
const IN_A_PLACE = /^\p{L}{3,}(?:nizde|nizda|[dt][ae])$/u;

/** Whether a Turkish clause asks whether staff who speak a language are there, at a place. */
export function asksForStaffWithALanguage(tokens: readonly string[]): boolean {
  // "yabancı dil bilen personeliniz var mı": a foreign language, the two words as one.
  const language = tokens.findIndex(
    (token, index) =>
      (LANGUAGE_SPOKEN.has(token) && KNOWING.test(tokens[index + 1] ?? '')) ||
      (token === 'yabanci' && tokens[index + 1] === 'dil' && KNOWING.test(tokens[index + 2] ?? '')),
  );
  if (language < 0) {
    return false;
  }
  const from = tokens[language] === 'yabanci' ? language + 3 : language + 2;
  const after = tokens.slice(from, from + LANGUAGE_REACH);
  return (
    after.some((token) => HAVING.test(token)) &&
    (after.some((token) => STAFF.test(token)) ||
      tokens.slice(0, language).some((token) => IN_A_PLACE.test(token)))
  );
}
