// Readings of a Turkish word that depend on the words around it in its clause: a measure called low, few or high, a
// state where it stands ("sıfır", "karışık", "geç"), a word that agrees with the negation after it, a wish for better, a warning not to expect much, the speaker's own
// act before "rağmen", a thing asked about with "var mı".

// "kimse", "hiçbir", "asla" go with a negative verb in Turkish ("kimse dönüş yapmadı", "asla tavsiye etmem"): the
// negation agrees with them and does not turn them round; the negative verb keeps its own reading.
const NEGATIVE_POLARITY = /^(?:kimse|hickimse|hicbir|asla)/;

/** Whether a word agrees with a negation after it instead of being turned round by it. */
export function isNegativePolarity(token: string): boolean {
  return NEGATIVE_POLARITY.test(token);
}

// A measure whose direction is the grievance: speed, signal, quality or battery "düşük" ("internet hızı çok
// düşük", "sinyal seviyem düşük"), a bill, fee, price or rate "yüksek" ("faturam yüksek geldi", "faiz oranı
// yüksek"). Either word alone is no feeling ("düşük faizli kredi", "yüksek limit"). "hızlı" is no measure word.
const LOW_IS_BAD = /^(?:hiz(?!l)|sinyal|seviye|cekim|kalite|performans|sebeke|baglanti|sarj|batarya)/;
const HIGH_IS_BAD = /^(?:fatura|ucret|fiyat|faiz|aidat|komisyon|masraf|bedel|tarife|oran|tutar)/;
const LOW_VALUE = -2;
const HIGH_VALUE = -1.5;
const MEASURE_REACH = 3;
const BETWEEN_MEASURE = new Set(['cok', 'asiri', 'fazla', 'gercekten', 'inanilmaz', 'hala', 'yine']);

// "ATM sayısı çok az", "şubeniz az": few of what should be many; "makas fazla", "ücret çok fazla" at the clause's end:
// too much of a cost. "fazla" before a word only says how much ("fazla bekledim").
const FEW_IS_BAD =
  /^(?:sayi|adet|miktar|atm|atem|sube|secenek|personel|eleman|kampanya|avantaj|imkan|cesit|hiz(?!l))/;
const TOO_MUCH_IS_BAD = /^(?:fatura|ucret|fiyat|faiz|aidat|komisyon|masraf|bedel|tarife|kesinti|makas)/;
const FEW = new Set(['az', 'azdir', 'azlar', 'azcok']);

/** The measure a word reads against, and whether low or high: "düşük", "az", "yüksek", a closing "fazla". */
function measureOf(
  tokens: readonly string[],
  index: number,
): { measure: RegExp; isLow: boolean } | undefined {
  const token = tokens[index] ?? '';
  if (token.startsWith('dusuk')) {
    return { measure: LOW_IS_BAD, isLow: true };
  }
  if (FEW.has(token)) {
    return { measure: FEW_IS_BAD, isLow: true };
  }
  if (token.startsWith('yuksek')) {
    return { measure: HIGH_IS_BAD, isLow: false };
  }
  if (token === 'fazla' && index === tokens.length - 1) {
    return { measure: TOO_MUCH_IS_BAD, isLow: false };
  }
  return undefined;
}

/**
 * The value of "düşük", "az", "yüksek" or a closing "fazla" read against the measure named before it; undefined for
 * any other word.
 */
export function measureValue(tokens: readonly string[], index: number): number | undefined {
  const read = measureOf(tokens, index);
  if (read === undefined) {
    return undefined;
  }
  const { measure, isLow } = read;
  for (let back = index - 1; back >= Math.max(0, index - MEASURE_REACH); back -= 1) {
    const before = tokens[back] ?? '';
    if (measure.test(before)) {
      return isLow ? LOW_VALUE : HIGH_VALUE;
    }
    if (!BETWEEN_MEASURE.has(before) && back < index - 1) {
      break;
    }
  }
  return undefined;
}

// Words whose feeling depends on where they stand: "ilgi alaka sıfır", "memnuniyet sıfır" (nothing of what should be
// there) but "sıfır faiz"; "çok karışık" (too complicated) but "karışık pizza"; "geç dönüş", "geç açılıyor" (late) but
// "geç" alone ("go on").
const STATE_VALUE = -1.5;
const ZERO_VALUE = -2;
const AFTER_ZERO = new Set(['gibi', 'dir', 'diyebilirim', 'resmen']);
const BEFORE_MIXED = new Set(['cok', 'asiri', 'fazla', 'biraz', 'cokca', 'karmakarisik']);
const LATE_WHAT = /^(?:donus|donuy|yanit|cevap|acil|aciy|gel|kal|islem|onay|ulas|yukle|guncel)/;

// "gofretin içinden ip çıktı", "paket içinde çıkan kokulu kağıt": something come out from inside the goods, as a
// complaint about food or a parcel tells it.
const COMES_OUT = /^cik(?:ti|an|mas|iyor|mis)/;
const INSIDE = /^(?:icinden|icinde|icerisinden|icerisinde)$/;
const INSIDE_REACH = 3;
const FOUND_INSIDE_VALUE = -2;

function isFoundInside(tokens: readonly string[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - INSIDE_REACH); back -= 1) {
    if (INSIDE.test(tokens[back] ?? '')) {
      return true;
    }
  }
  return false;
}

/**
 * The value of "sıfır", "karışık" or "geç" where they stand, or of something come out from inside the goods;
 * undefined for any other word or place.
 */
export function stateValue(tokens: readonly string[], index: number): number | undefined {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1];
  if (COMES_OUT.test(token) && isFoundInside(tokens, index)) {
    return FOUND_INSIDE_VALUE;
  }
  if (token === 'sifir') {
    return index > 0 && (next === undefined || AFTER_ZERO.has(next)) ? ZERO_VALUE : undefined;
  }
  if (token === 'karisik') {
    return BEFORE_MIXED.has(tokens[index - 1] ?? '') || next === undefined ? STATE_VALUE : undefined;
  }
  if (token === 'gec') {
    return next !== undefined && LATE_WHAT.test(next) ? STATE_VALUE : undefined;
  }
  return undefined;
}

// "daha iyi olmalı", "daha hızlı olabilir", "daha iyi performans olması lazım", "daha iyi hale getirilebilir": a
// wish for better tells what is lacking, not praise; the good word after "daha" then counts nothing.
const WISH_FOR_BETTER =
  /^(?:lazim|gerek)|m[ae]l[iu]y?(?:d[iu])?[mnkz]?$|[ae]?bil[iu]rd?[iu]?$|s[ae]yd[iu]|^olsa/;

// "aşırı kaliteli bir ürün beklemeyin" (do not expect a very good product): a warning that turns the praise before
// it round.
const DO_NOT_EXPECT = /^beklemey[iu]n/;
const WARNED_FACTOR = -0.8;

// "ödememe rağmen", "vermeme rağmen" (although I paid, ordered) is "-me" + "my" + "to" before "rağmen", the
// speaker's own act; the same letters elsewhere ("ödememe" alone) are a negative, "not paying".
const OWN_ACT_BEFORE_DESPITE = /m[ae]m[ae]$/;

// "ödenmemiş faturam var mı?", "gecikmiş ödemem var mı?", "bir sorun mu var?": a thing asked about, no complaint.
const EXISTENCE_QUESTION = /^(?:varmi|varmidir|var)$/;

/**
 * Adjusts a clause's word values for what the clause says as a whole: a wish for better makes the good word after
 * "daha" count nothing; a question whether something exists ("… var mı?") makes the problem words before it count
 * nothing. `isQuestionParticle` is the caller's reading of "mi", "mı", "mu".
 */
// "bir daha buradan alışveriş yapmam", "bir daha gelmeyiz": never again, vowed in the first person's negative aorist.
const VOWED_NOT = /[^aeiou]m[ae](?:m|y[iu]z)$/;
const VOW_REACH = 4;
// "bir daha bakmam lazım", "sormam gerekiyor mu": the speaker's verbal noun with a need, not a vow.
const NEEDED_AFTER = /^(?:gerek|lazim|sart|icin|ucun|mi$|mu$)/;
const NEVER_AGAIN = -2;

function neverAgainAt(tokens: readonly string[]): number {
  for (let index = 1; index < tokens.length; index += 1) {
    if (tokens[index - 1] !== 'bir' || tokens[index] !== 'daha') {
      continue;
    }
    for (let at = index + 1; at <= index + VOW_REACH && at < tokens.length; at += 1) {
      if (VOWED_NOT.test(tokens[at] ?? '')) {
        return NEEDED_AFTER.test(tokens[at + 1] ?? '') ? -1 : at;
      }
    }
  }
  return -1;
}

export function adjustForClause(
  tokens: readonly string[],
  values: number[],
  isQuestionParticle: (token: string | undefined) => boolean,
): void {
  const vow = neverAgainAt(tokens);
  if (vow >= 0) {
    values[vow] = Math.min(values[vow] ?? 0, NEVER_AGAIN);
  }
  const asked = existenceAskedAt(tokens, isQuestionParticle);
  if (asked > 0) {
    for (let index = 0; index < asked; index += 1) {
      if ((values[index] ?? 0) < 0) {
        values[index] = 0;
      }
    }
  }
  for (let index = 1; index < tokens.length; index += 1) {
    if (tokens[index - 1] === 'daha' && (values[index] ?? 0) > 0 && wishesForBetter(tokens, index + 1)) {
      values[index] = 0;
    }
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    if (
      (values[index] ?? 0) < 0 &&
      OWN_ACT_BEFORE_DESPITE.test(token) &&
      (tokens[index + 1] ?? '').startsWith('ragmen')
    ) {
      values[index] = 0;
    }
    if (index > 0 && DO_NOT_EXPECT.test(token)) {
      values[index] = Math.min(values[index] ?? 0, 0);
      for (let before = 0; before < index; before += 1) {
        if ((values[before] ?? 0) > 0) {
          values[before] = (values[before] ?? 0) * WARNED_FACTOR;
        }
      }
    }
  }
}

function wishesForBetter(tokens: readonly string[], from: number): boolean {
  for (let index = from; index < tokens.length; index += 1) {
    if (WISH_FOR_BETTER.test(tokens[index] ?? '')) {
      return true;
    }
  }
  return false;
}

/** Where a question whether something exists starts ("var mı", "mu var", "varmı"), or −1. */
function existenceAskedAt(
  tokens: readonly string[],
  isQuestionParticle: (token: string | undefined) => boolean,
): number {
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    if (!EXISTENCE_QUESTION.test(token)) {
      continue;
    }
    if (token !== 'var') {
      return index;
    }
    if (isQuestionParticle(tokens[index + 1])) {
      return index;
    }
    if (isQuestionParticle(tokens[index - 1])) {
      return index - 1;
    }
  }
  return -1;
}
