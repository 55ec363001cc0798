// "ne … ne (de) …": neither one thing nor the other was done or could be done. Turkish puts the verbs of this
// construction in their positive form ("ne aramaları açabildim ne de birine ulaşabildim", "ne teslimat yapılmış ne de
// bir açıklama sunulmuştur"), so no negative ending tells the failure: the pair of "ne" does.
import { words } from './human-request-cues.js';
import { NEGATED_COMPLAINT } from './score-turkish-failure.js';

// "ne zaman", "ne kadar", "ne yazık ki", "ne oldu", "ne yapayım": "ne" as "what", asking or exclaiming.
const NE_AS_WHAT = new Set(
  words(`zaman kadar yazik yaziki oldu olur olacak var yok yapayim yapacagim yapmaliyim yapmali diyor dersiniz demek
    diye sekilde icin gibi guzel mutlu biliyim bileyim istiyorsunuz`),
);
// A finite verb in its positive form: able to ("açabildim", "içebiliyoruz"), reported ("yapılmış", "sunulmuştur"),
// past ("geldi", "aradık"), present ("veriyor") or aorist ("ne hizmet anlayışına ne de vicdana sığar").
const FINITE_VERB =
  /\p{L}{2}(?:[ae]b[iu]l(?:d[iu]|[iu]yor|[iu]r|m[iu]s)\p{L}*|m[iu]s(?:t[iu]r|[iu]m|[iu]z|l[ae]r)?|d[iu](?:m|k|n[iu]z|l[ae]r)?|[iu]yor\p{L}*|[aeiu]r)$/u;
const NOR_AFTER = new Set(['de', 'da']);
const FIRST_TO_SECOND_LEAST = 2;

/**
 * The complaint a Turkish message tells with "ne … ne …", or 0. `words` are the message's folded words, all clauses
 * in order; `asks` says whether the message asks something (a "?"), when "ne … ne" may be two questions ("ne oldu, ne
 * yapacağız?") unless the second is "ne de", which only ever means "nor".
 */
export function neitherNorValue(words: readonly string[], asks: boolean): number {
  const first = words.findIndex((word, index) => word === 'ne' && !NE_AS_WHAT.has(words[index + 1] ?? ''));
  if (first < 0) {
    return 0;
  }
  const second = words.findIndex(
    (word, index) =>
      index >= first + FIRST_TO_SECOND_LEAST && word === 'ne' && !NE_AS_WHAT.has(words[index + 1] ?? ''),
  );
  if (second < 0 || (asks && !NOR_AFTER.has(words[second + 1] ?? ''))) {
    return 0;
  }
  return words.slice(first + 1).some((word) => FINITE_VERB.test(word)) ? NEGATED_COMPLAINT : 0;
}
