// Splits folded text into the clauses the human-request grammar reads, one language's clause breaks applied.
import type { CompiledLanguage } from './human-request-languages.js';
import { splitFoldedClauses } from './normalise.js';

// Speech and chat run sentences together with "so": "…the door is locked so i need someone to phone me". An English
// "so" that opens a speaker's clause or a request ends the clause before it.
const OPENS_AFTER_SO = new Set([
  'i',
  'can',
  'could',
  'would',
  'will',
  'please',
  'pls',
  'plz',
  'we',
  'just',
  'kindly',
  'may',
]);

function isClauseBreak(lang: CompiledLanguage, words: readonly string[], index: number): boolean {
  const token = words[index] ?? '';
  if (lang.clauseBreaks.has(token)) {
    return true;
  }
  return (
    token === 'so' && !lang.language.usesStems && index > 0 && OPENS_AFTER_SO.has(words[index + 1] ?? '')
  );
}

/** The clauses of folded text as token lists, words prepared for the language; empty clauses dropped. */
export function splitClauses(lang: CompiledLanguage, folded: string): string[][] {
  const clauses: string[][] = [];
  for (const words of splitFoldedClauses(folded, true)) {
    let clause: string[] = [];
    const prepared = lang.language.prepare(words);
    for (const [index, token] of prepared.entries()) {
      if (isClauseBreak(lang, prepared, index)) {
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
