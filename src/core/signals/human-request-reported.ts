// Support named as the one who said something: 'Müşteri hizmetleri "kurye teslim etti" diyor', 'customer service "it
// was delivered" they said'. A quotation splits the sentence into clauses, and the team's name left alone in its
// clause would read as a bare request.

// Verbs of saying, of the third person, that close a reported quotation: Turkish "diyor", "dedi", "söylüyor", "iddia
// ediyor"; English "said", "says", "claims", "told". "diyorum" (I say) reports the speaker.
const REPORTING = new Set(
  `diyor diyo dedi diyorlar dediler soyluyor soyledi soylediler soyluyorlar iddia said says claims claimed told replied
  insists`.split(/\s+/),
);
/** How many clauses after the team's name the verb of saying may come. */
const REPORT_REACH = 3;

/** Whether the clause at `at` names the one whose words the next clauses report, ending with a verb of saying. */
export function isNamedAsSaying(clauses: readonly (readonly string[])[], at: number): boolean {
  for (let next = at + 1; next < clauses.length && next <= at + REPORT_REACH; next += 1) {
    const clause = clauses[next] ?? [];
    const last = clause[clause.length - 1] ?? '';
    if (REPORTING.has(last) || (clause.length <= 2 && REPORTING.has(clause[0] ?? ''))) {
      return true;
    }
  }
  return false;
}
