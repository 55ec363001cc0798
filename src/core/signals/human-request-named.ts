// A person of the business asked for by name, as callers ask a receptionist: "Can I talk to Mike?", "Is Priya there?",
// "put me through to Dr Okafor"; or by a pronoun that ends the request ("can I speak with her?"). Read on the text as written, since a capital letter is what marks the name; English
// only. Another assistant, a relative or a language is no one of the business's ("can I talk to Alexa", "I want to
// speak with Mum", "can I speak English").

// Who is asking: "can I", "could I please", "I need to", "I'd like to", "I want to"; "please put me through".
const ASKING =
  "(?:(?:can|could|may) i(?: please)? (?:talk|speak|chat) (?:to|with)|(?:as to|please|just|you) let me (?:talk|speak|chat) (?:to|with)|i(?:['’]d like| (?:really )?(?:need|want|would like|wanna)) to (?:talk|speak|chat) (?:to|with)|(?:please )?(?:put me through|transfer me|connect me|pass me) (?:to|with))";
// A name: a capital letter and small ones, perhaps after a title, perhaps two words ("Dr Okafor", "Mike Jones").
const NAME = '((?:(?:Dr|Mr|Mrs|Ms|Miss)\\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)';
// A business's name as written: capitalised words or an acronym ("Acme Bank", "VSIT"), read on the text as typed.
const NAME_OR_ACRONYM = /^(?:[A-Z]{2,6}|[A-Z][a-z]+)(?: (?:[A-Z]{2,6}|[A-Z][a-z]+)){0,2}$/u;
const ASKED_BY_NAME = new RegExp(
  `(?:^|[.!?,;]\\s*|\\b(?:hi|hello|hey)\\s+|(?<=\\bkind |\\bwould |\\bcould |\\bcan ))${ASKING} ${NAME}(?=\\s|[.!?,;]|$)`,
  'iu',
);
// "I'd still like to speak with her.", "so when can I speak to them?": someone named earlier in the conversation,
// asked for by a pronoun that ends the request; "I'd like to talk to them about the price" speaks of others.
const PRONOUN_ASKING =
  "(?:(?:when |where |how )?(?:can|could|may) i(?: please| still| just)? (?:talk|speak|chat) (?:to|with)|i(?:['’]d (?:still |really |just )?like| (?:still |really )?(?:need|want|would like|wanna)) to (?:talk|speak|chat) (?:to|with))";
const ASKED_BY_PRONOUN = new RegExp(
  `(?:^|[.!?,;]\\s*|\\b(?:hi|hello|hey|so|ok|okay|then)\\s+)(${PRONOUN_ASKING} (?:him|her|them))(?: please| now| today| again)?\\s*(?:[.!?]|$)`,
  'iu',
);

// "Is Mike there?", "is Dr Shah in today?", "is Dr Patel available to talk": someone's presence asked after, the question ending there ("is Netflix
// available in Spain" and "is Paris in France" ask of other things).
const IS_THERE = new RegExp(
  `(?:^|[.!?,;]\\s*)[Ii]s ${NAME} (?:there|around|about|in|available to (?:talk|speak|chat))(?: today| now| yet| at the moment)?\\s*(?:[?.!]|$)`,
  'u',
);

// "How can I contact VSIT?", "how do I reach Acme Bank": the business (or someone of it) by its name, and the way to reach
// it asked, the name ending the question; "how can I contact Mom" names a relative.
const HOW_TO_REACH_NAMED = new RegExp(
  `(?:^|[.!?,;]\\s*)(how (?:(?:can|do|could|should|would) (?:i|we)|to) (?:contact|reach|call|email|e-mail|get in touch with|get hold of)) ([\\p{L}]+(?: [\\p{L}]+){0,2})\\s*(?:[?.!]|$)`,
  'iu',
);

/** Capitalised words that name no one of the business's: assistants, relatives, languages, days, the bot. */
const NOT_SOMEONE = new Set(
  `I Siri Alexa Google Cortana Bixby Chatgpt ChatGPT Gpt Gemini Claude Copilot God Jesus Santa Mom Mum Mommy Mummy Dad
  Daddy Mother Father Grandma Grandpa Nana English Spanish French German Turkish Arabic Italian Chinese Someone
  Somebody Anyone Anybody Customer Support Sales Billing Human Agent Manager Person Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday Bot Ai AI You Your It This`
    .split(/\s+/)
    .map((word) => word.toLowerCase()),
);

// The name as written: a capital letter, then small ones ("Mike", not "MY" or "him"); the asking words around it
// are matched in any case.
const WRITTEN_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Miss)\.? )?([A-Z][a-z]+)(?: [A-Z][a-z]+)?/u;

/** The name as written at the start of what the pattern took for one, or null when it is none or no one's. */
function writtenName(taken: string): string | null {
  const name = WRITTEN_NAME.exec(taken);
  return name === null || NOT_SOMEONE.has((name[1] ?? '').toLowerCase()) ? null : name[0];
}

// "Perfect. Can you put her on?", "could you put him on the phone": someone named earlier, put on the line; "can you
// put them on?" may be tyres.
const PUT_ON_THE_LINE = new RegExp(
  `(?:^|[.!?,;]\\s*|\\b(?:so|ok|okay|then|great|perfect|well)\\s+)((?:can|could|would|will) you (?:please )?put (?:(?:him|her) on(?: the (?:phone|line))?|them on the (?:phone|line)))(?: please| now)?\\s*(?:[.!?]|$)`,
  'iu',
);

// "GET HER ON THE PHONE NOW", "just get him on the line": someone named earlier, fetched to the line.
const GET_ON_THE_LINE =
  /(?:^|[.!?,;]\s*|\b(?:so|ok|okay|then|just|please|now)\s+)((?:please )?get (?:him|her|them) on the (?:phone|line))(?: please| now| right now)?\s*(?:[.!?]|$)/iu;

// Every pattern above holds one of these: most messages hold none and are passed over with one scan.
const MAY_ASK =
  /talk|speak|chat|through|transfer|connect|pass me|\bput\b|\bget (?:him|her|them) on\b|(?:^|[.!?,;]\s*)(?:is|how) /iu;

/** The words that ask for someone by name ("can i talk to mike"), or null. English text as written. */
// "Can I umm talk to umm Mike?": a caller's hesitations, left out.
const HESITATIONS = /\b(?:u+m+|u+h+|e+r+m+|h+m+)\b[.,]*\s*/giu;

/** The way to reach the business or someone of it by name, asked ("how can i contact vsit"), or null. */
function asksHowToReachSomeoneNamed(text: string): string | null {
  const match = HOW_TO_REACH_NAMED.exec(text);
  const name = match?.[2];
  if (
    match === null ||
    name === undefined ||
    !NAME_OR_ACRONYM.test(name) ||
    name.split(' ').some((word) => NOT_SOMEONE.has(word.toLowerCase()))
  ) {
    return null;
  }
  return `${match[1] ?? ''} ${name}`.toLowerCase();
}

export function asksForSomeoneByName(typed: string): string | null {
  if (!MAY_ASK.test(typed)) {
    return null;
  }
  const reached = asksHowToReachSomeoneNamed(typed);
  if (reached !== null) {
    return reached;
  }
  const text = typed.replace(HESITATIONS, '');
  const pronoun = ASKED_BY_PRONOUN.exec(text) ?? PUT_ON_THE_LINE.exec(text) ?? GET_ON_THE_LINE.exec(text);
  if (pronoun !== null) {
    return (pronoun[1] ?? '').toLowerCase();
  }
  for (const pattern of [ASKED_BY_NAME, IS_THERE]) {
    const match = pattern.exec(text);
    const taken = match?.[1];
    const name = taken === undefined ? null : writtenName(taken);
    if (match !== null && taken !== undefined && name !== null) {
      const asked = match[0].slice(0, match[0].lastIndexOf(taken)) + name;
      return (pattern === IS_THERE ? match[0] : asked).replace(/^[.!?,;\s]+/u, '').toLowerCase();
    }
  }
  return null;
}
