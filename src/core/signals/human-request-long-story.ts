// A long English message that asks nothing: a review or a complaint letter told from end to end ("App was great…
// I've been looking for a customer service rep to speak to… Garbage company"), where a person is named in the story,
// not asked for. A long message that asks anything of the one answering ("?", "please", "can you", "I want", "I
// insist on", "call me") is read as before.

/** Words from which a message is long enough to be read as a told story. */
const STORY_LEAST_WORDS = 50;
const ASKS =
  /\?|\b(?:please|pls|plz|kindly|asap|urgent|urgently|(?:can|could) (?:you|u|someone|somebody|anyone|anybody|i|we)|would you|will you|may i|i want|i wanna|i need|we need|i would like|i d like|i'd like|we would like|i insist|we insist|i request|i demand|i expect|i would appreciate|i wish to|help me|call me|contact me|dm me|email me|get back to me|reach me|let me)\b/i;

// A review is told to other customers, not to the one answering: from this many words, a verdict on the business or
// the app ("worst app", "will never use or recommend", "Trip Verified", "last time I ever use…") makes a message a
// told story as length alone does from STORY_LEAST_WORDS.
const REVIEW_LEAST_WORDS = 20;
const VERDICT =
  /\b(?:worst|horrible|terrible|pathetic|garbage|awful|rubbish|scam|never use|will never|won t use|wont use|(?:not|never|don t|dont) recommend|would not recommend|wouldn t recommend|avoid|stars?|trip verified|not verified|last time i|uninstall(?:ed|ing)?)\b/i;

/** Whether an English message is long (or a review), tells, and asks nothing. */
export function isALongStoryAskingNothing(text: string): boolean {
  let words = 0;
  for (const part of text.split(/\s+/)) {
    if (part !== '') {
      words += 1;
    }
  }
  return (
    (words >= STORY_LEAST_WORDS ||
      (words >= REVIEW_LEAST_WORDS && VERDICT.test(text.replace(/['’]/g, ' ')))) &&
    !ASKS.test(text)
  );
}
