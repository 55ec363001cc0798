// Turkish asks softened by a condition and a courtesy: "beni ararsanız sevinirim" (I would be glad if you called me),
// "en kısa sürede dönerseniz memnun olurum", "arayabilirseniz çok iyi olur". The grammar reads the ask as the plain
// question ("beni arar mısınız", "döner misiniz", "arayabilir misiniz"), as English "I'd appreciate it if you could
// call me" is read as "could you call me".
import { words } from './human-request-cues.js';

// "sevinirim", "memnun olurum", "minnettar olurum", "mutlu olurum", "iyi olur", "çok iyi olur", "rica ederim": the
// courtesy after the condition, one or two words, "çok" before it at most.
const GLAD = new Set(words(`sevinirim seviniriz`));
const COURTESY_HEADS = new Set(words(`memnun minnettar mutlu iyi rica`));
const COURTESY_VERBS = new Set(words(`olurum oluruz olur ederim ederiz`));

// The second person's condition in the aorist, "arayabilir" (may) among them: "ararsanız", "dönerseniz",
// "geçerseniz", "arayabilirseniz"; asked plainly as the aorist's question ("arar mısınız", "döner misiniz").
const IF_YOU = /^(\p{L}+r)s[ae]n[iu]z$/u;

/** The courtesy's length if one starts at `index`, else 0. */
function courtesyAt(tokens: readonly string[], index: number): number {
  const start = tokens[index] === 'cok' ? index + 1 : index;
  const word = tokens[start] ?? '';
  if (GLAD.has(word)) {
    return start - index + 1;
  }
  return COURTESY_HEADS.has(word) && COURTESY_VERBS.has(tokens[start + 1] ?? '') ? start - index + 2 : 0;
}

/** The clause as asked plainly, when a condition of "you" and a courtesy soften its ask; else undefined. */
export function withPlainTurkishAsk(tokens: readonly string[]): string[] | undefined {
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const courtesy = courtesyAt(tokens, index + 1);
    if (courtesy === 0) {
      continue;
    }
    const condition = IF_YOU.exec(tokens[index] ?? '');
    if (condition === null) {
      continue;
    }
    const plain = [condition[1] as string, 'misiniz'];
    return [...tokens.slice(0, index), ...plain, ...tokens.slice(index + 1 + courtesy)];
  }
  return undefined;
}
