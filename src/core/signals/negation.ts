// Negation words and suffixes of English and Turkish, shared by the human-request and sentiment detectors.

/** English words that negate what follows them (contractions already joined: `don't` → `dont`). */
export const ENGLISH_NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
  'wouldnt',
  'cant',
  'cannot',
  'couldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
  'nothing',
]);

/** Turkish words that negate what comes before them ("memnun değilim", "sorun yok"). */
export const TURKISH_POST_NEGATORS: ReadonlySet<string> = new Set([
  'degil',
  'degilim',
  'degiliz',
  'degildi',
  'degildim',
  'degilsiniz',
  'degilsin',
  'yok',
  'yoktu',
  'olmadi',
  'olmuyor',
  'olmaz',
  'olmamis',
]);

const NEGATED_CONTRACTION =
  /^(?:do|does|did|is|are|was|were|wo|would|ca|could|should|have|has|had|ai|must|need)n$/;

/**
 * Joins English negated contractions that tokenising split at the apostrophe ("don't" gives
 * `don`, `t`) back into one token (`dont`), and `can not` into `cannot`. Other tokens pass through.
 */
export function joinEnglishContractions(tokens: readonly string[]): string[] {
  const joined: string[] = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (token === 't' && previous !== undefined && NEGATED_CONTRACTION.test(previous)) {
      joined[joined.length - 1] = previous === 'ca' ? 'cant' : `${previous}t`;
    } else {
      joined.push(token);
    }
  }
  return joined;
}

// A negative verb after its stem, with or without the abilitative `-(y)a/-(y)e` ("kullanamıyorum"):
// past -madı, present -mıyor, aorist -maz, reported -mamış, future -mayacak, imperative -mayın.
const TURKISH_NEGATIVE_VERB_REST =
  /^(?:y?[ae])?(?:m[ae]d[iu]|m[iu]yor|m[ae]z|m[ae]m[iu]s|m[ae]y[ae]c[ae]|m[ae]y[iu]n|m[ae]m[ae]l[iu])/;

/** Whether the rest of a Turkish word after a verb stem is a negative verb ending. */
export function isTurkishNegativeVerbEnding(rest: string): boolean {
  return TURKISH_NEGATIVE_VERB_REST.test(rest);
}

// "can't do it" forms on any verb: kullanamıyorum, giremiyorum, ulaşamadım, ödeyemedik.
// "yapamıyorum", "giremedim", and the cannot told as a noun with its owner: "işlem yapamamamla", "giriş yapamaması"
// ("güncellememe yardım edin", my updating, has no owner after the noun's "-me").
const TURKISH_CANNOT =
  /[^aeiou](?:[ae]m[iu]yor|[ae]m[ae]d[iu]|[ae]m[ae]m[ae](?:m|s[iu]))|y[ae]m[iu]yor|y[ae]m[ae]d[iu]|y[ae]m[ae]m[ae](?:m|s[iu])/;

/**
 * Whether a folded Turkish word is an "I/you/it cannot …" verb form. "istemiyorum" (iste-miyor, I do not
 * want) only looks like one.
 */
export function isTurkishCannotForm(token: string): boolean {
  return token.length > 6 && TURKISH_CANNOT.test(token) && !token.startsWith('istem');
}
