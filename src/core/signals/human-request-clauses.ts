// Splits folded text into the clauses the human-request grammar reads, one language's clause breaks applied.
import type { CompiledLanguage } from './human-request-languages.js';
import { splitFoldedClauses } from './normalise.js';

/** The clauses of folded text as token lists, words prepared for the language; empty clauses dropped. */
export function splitClauses(lang: CompiledLanguage, folded: string): string[][] {
  const clauses: string[][] = [];
  for (const words of splitFoldedClauses(folded, true)) {
    let clause: string[] = [];
    for (const token of lang.language.prepare(words)) {
      if (lang.clauseBreaks.has(token)) {
        clauses.push(clause);
        clause = [];
      } else {
        clause.push(token);
      }
    }
    clauses.push(clause);
  }
  return clauses.filter((clause) => clause.length > 0);
}
