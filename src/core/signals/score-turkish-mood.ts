// The mood of a Turkish clause: a question put with "mi", a case under "if" (counted half), an ultimatum and a
// concessive "whatever I do" (not counted half).

// The question particle, alone or with person and tense: "mi", "mı", "mu", "miyim", "mudur", "misiniz".
const QUESTION_PARTICLE = /^m[iu](?:y[iu]m|y[iu]z|s[iu]n|s[iu]n[iu]z|d[iu]r|yd[iu]|ym[iu]s)?$/;

export function isQuestionParticle(token: string | undefined): boolean {
  return (
    token !== undefined && token.length <= 7 && token.charCodeAt(0) === 109 && QUESTION_PARTICLE.test(token)
  );
}

// A verb in the conditional, "if …": aorist "yazarsam", "olursa", "unutursak", negative "gelmezse", past
// "aldıysam", reported "olmuşsa"; or "eğer", "şayet". A problem named under "if" is a case asked about
// ("kartımı kaybedersem ne yapmalıyım?", "yanlış yazarsam ne olur?"), and counts half.
const CONDITIONAL_VERB = /\p{L}{2}(?:[aeiu]r|m[ae]z|d[iu]y|m[iu]s)s[ae](?:m|n|k|n[iu]z|l[ae]r)?$/u;
const CONDITIONAL_WORDS = new Set(['eger', 'sayet']);
export const CONDITIONAL_FACTOR = 0.5;

// An ultimatum is no case asked about: "paramı iade etmezseniz tüketici hakem heyetine başvuracağım", "kargom gelmezse
// şikayet edeceğim" tell what the customer will do (first person future) if something is not done (a negative
// conditional), with no question word.
const FIRST_PERSON_FUTURE = /\p{L}[ae]c[ae]g[iu][mz]$/u;
const NEGATIVE_CONDITIONAL = /\p{L}m[ae]zs[ae](?:m|n|k|n[iu]z|l[ae]r)?$/u;
const QUESTION_WORDS = new Set(['ne', 'nasil', 'neden', 'niye', 'nereye', 'kime', 'hangi']);

export function isUltimatum(tokens: readonly string[]): boolean {
  return (
    tokens.some((token) => FIRST_PERSON_FUTURE.test(token)) &&
    tokens.some((token) => NEGATIVE_CONDITIONAL.test(token)) &&
    !tokens.some((token) => QUESTION_WORDS.has(token) || isQuestionParticle(token))
  );
}

// "kaç kere yazarsam yazayım cevap gelmiyor", "ne yaparsam yapayım açılmıyor", "arasam da açan yok": whatever the
// customer does, it fails; the "if" is no case asked about.
const CONCESSIVE_AFTER = new Set(['da', 'de']);

export function isConcessive(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!isConditional(token)) {
      return false;
    }
    const next = tokens[index + 1] ?? '';
    return CONCESSIVE_AFTER.has(next) || (next.length > 3 && next.slice(0, 3) === token.slice(0, 3));
  });
}

export function isConditional(token: string): boolean {
  return CONDITIONAL_WORDS.has(token) || (token.length > 5 && CONDITIONAL_VERB.test(token));
}
