// Whether an English sentence asks for anything at all: a wish, a need, a plea, a question put to someone, an order.
// The model reads which words a request uses, not whether the sentence asks: a story or a review that names someone
// ("each time I'm transferred between departments") shares a request's words without asking for anything.
import { words } from './human-request-cues.js';
import { readEnglishTypoIn } from './model-anchor-typos.js';
import { tokenize } from './normalise.js';
import { makeTokenMemo } from './token-memo.js';

// A wish, a need, an attempt or a plea anywhere in the sentence, said now: "i need the fraud department", "I'd rather
// be connected to a supervisor", "struggling to get hold of anyone", "any chance I can be transferred". Told in the
// past ("I tried calling", "I wanted a manager", "she demanded") they are what happened.
const ASKING_WORDS = new Set(
  words(`want wanna wants need needs like prefer rather hoping hope wish must gotta please pls plz plss pleas plse
    kindly let lemme gimme request requesting demand require asap urgent urgently immediately trying try struggling
    struggle attempting looking wait waiting chance possible way help escalate callback appreciate grateful love
    seeking seek ask asking assistance assist id d needto wantto`),
);
// Chat types these as badly as the rest: "wud apreciate", "plsss", "tryng".
const isAskingWord = makeTokenMemo((token: string) => readEnglishTypoIn(ASKING_WORDS, token));

// Modal verbs that put a question or an offer ("can I speak to a senior", "could some one contact me").
const MODALS = new Set(
  words(`can could may might will would shall should cna caan cn coul coud culd cud cld wud wuld woud wld shd cani
    canu couldi couldu`),
);
// Who a modal asks about: "can i", "could you", "will someone", "can this go to a human".
const ASKED = new Set(
  words(`i u you we someone somebody anyone anybody some1 this it he she they there one ur your somone`),
);

// A question put at the start: "how do I reach billing", "where can I be connected", "is there a person".
const QUESTION_START = new Set(
  words(`how where who whom which what whats is are any anyone anybody do does`),
);
// An order at the start: "connect me to a represenative", "get me a manger", "transfer to operater".
const ORDER_START = new Set(
  words(`talk speak chat connect transfer put pass get give find bring send forward switch route call ring phone
    contact reach email text message page escalate have`),
);
// Who tells what happened: "they told me", "i rang", "the agent put me on hold" tell; "cn u get me thru" orders.
const TELLERS = new Set(words(`i im we they he she it you u the a my our your their this that there`));
// How far into a sentence an order's "me" may come: "get me", "cn u get me", "pls just put me".
const ORDER_REACH = 4;

// Words that may open a sentence before the asking part: "hi, connect me", "so how do I", "ok please".
const OPENERS = new Set(words(`hi hello hey ok okay so just um uh and then now yes no well oh`));

// The machine the customer writes to: "talking to this bot is a waste of time" refuses it without asking anything.
const THE_BOT = new Set(words(`bot bots chatbot robot robots machine automated ai computer virtual`));
const isTheBot = makeTokenMemo((token: string) => readEnglishTypoIn(THE_BOT, token));
// "can't find how to reach anyone", "no idea how to get hold of you": how to do it, asked inside a sentence.
const HOW_TO = new Set(words(`to do can could would should`));
// Where a sentence turns from one part to the next: "you're not answering, get me a person" orders in its second.
const PART_BREAK = /[,;:]/u;

/**
 * Whether English tokens (folded) ask for something: a word of wishing, needing or pleading, a modal question about
 * someone, a question or an order at the start. "each time i m transferred between departments" and "customer
 * service is good too" ask nothing; "any chnce i can be transferred" and "get me a manger" ask.
 */
export function asksSomething(tokens: readonly string[]): boolean {
  let start = 0;
  while (start < tokens.length && OPENERS.has(tokens[start] as string)) {
    start += 1;
  }
  const first = tokens[start];
  if (first !== undefined && (QUESTION_START.has(first) || ORDER_START.has(first) || MODALS.has(first))) {
    return true;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (isAskingWord(token)) {
      return true;
    }
    if (token === 'how' && HOW_TO.has(tokens[index + 1] as string)) {
      return true;
    }
    // An order that names the speaker: "hook me up w somone", "cn u get me thru to sum1".
    if ((token === 'me' || token === 'us') && index > start && index - start <= ORDER_REACH) {
      if (!TELLERS.has(tokens[start] as string)) {
        return true;
      }
    }
    if (MODALS.has(token)) {
      const next = tokens[index + 1];
      const after = tokens[index + 2];
      if (
        (next !== undefined && ASKED.has(next)) ||
        (next === 'not' && after !== undefined && ASKED.has(after))
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether a folded English sentence only tells: no part of it asks, it is not a question and it says nothing of the
 * bot. In a story of several sentences, the one that names someone is then part of what happened ("each time I'm
 * transferred between departments"), not a request. `isQuestion`: the sentence ended with a question mark.
 */
export function onlyTells(sentence: string, isQuestion: boolean): boolean {
  if (isQuestion) {
    return false;
  }
  for (const part of sentence.split(PART_BREAK)) {
    const tokens = tokenize(part);
    if (tokens.some(isTheBot) || asksSomething(tokens)) {
      return false;
    }
  }
  return true;
}
