// English sentences that name people of the business, or the speaker's own, and ask for none of them (the model's
// reading): a count of people ("just one person in the car"), whether the speaker's case has someone yet ("has my case
// been assigned to someone yet?"), praise of staff at a place ("the manager of your Exeter office deserves a raise"),
// what answers the chat ("could it be someone typing by hand"), a way to write asked ("how do I contact you by post?")
// and a call with the speaker's own booked ("set up a call with my manager").
//
// Also, read on a clause as well: talking to people missed ("I miss talking to real people"), a wait told ("it has
// taken me over an hour to speak to a real person", "it forces you to wait to speak with a representative") and what
// happens when the speaker calls ("when I call customer service, I get a robot").
import { joinedWords } from './normalise.js';

const PATTERNS: readonly RegExp[] = [
  /\b(?:just|only) (?:one|1|two|2|three|3|a single|one more) (?:person|people|adult|adults|guest|guests|passenger|passengers)\b/,
  /^(?:has|is|was) my (?:case|ticket|claim|complaint|request|query|application) (?:been )?assigned to\b/,
  /^the (?:\S+ )?(?:advisor|adviser|manager|receptionist|agent|staff|rep|cashier|driver|nurse|doctor|pharmacist|engineer|technician|lady|guy|man|woman) (?:at|of|in|from) (?:your|the) (?:\S+ ){0,2}(?:store|shop|office|branch|hotel|clinic|pharmacy|surgery|desk|restaurant)\b(?: \S+)? (?:has been|have been|was|were|is|deserves|deserve|went|did|made|gave|helped|stayed|sorted|solved)\b/,
  /^(?:could|is|are|would|might) (?:it|this|that) (?:be )?(?:someone|somebody|a person|a human|people|humans) (?:typing|writing|answering|replying)\b/,
  /^how (?:do|can|should|would) i (?:contact|reach|write to|get in touch with) (?:you|u|your \S+) (?:by|via) (?:post|mail|letter|email|e mail)$/,
  /\b(?:set up|schedule|book|arrange) (?:a |an )?(?:call|meeting|zoom|video call|catch up) (?:with|w) (?:my|our) \S+/,
  // "is there a complaints manager I should address the letter to?", "who's the best person to address a complaint
  // letter to": a name for a letter.
  /\baddress (?:the |a |my |this |that |formal |complaint )*(?:letter|complaint|email|envelope)\b/,
  // "directions to your head office", "share my contact with Lisa", "forward this contact to Sam".
  /^directions to\b/,
  /\b(?:share|forward|send) (?:my|this|the|his|her) contact(?: card| details)? (?:with|to)\b/,
  // "who is my line manager in the system", "do business accounts get an account manager": the speaker's own org
  // chart or what a product includes.
  /^who is my (?:line manager|manager|supervisor|team lead|team leader)\b/,
  /^(?:do|does) (?:\S+ ){1,3}(?:get|come with|include) (?:an? )?(?:account|relationship|dedicated|personal) manager\b/,
  // "transfer the agent's commission", "I'd rather sort this in chat than on the phone", "talk to me about your
  // savings accounts", "request access to salesforce", "can I speak my order", "looking to partner with you".
  /\b(?:agent|agents|broker|rep) s (?:commission|commissions|fee|fees|cut)\b/,
  /\brather (?:sort|do|deal with|handle|keep|finish) (?:this|it) (?:in|on|over|by) (?:the )?chat\b/,
  /^(?:please |pls |can you |could you )?(?:talk|tell) (?:to )?me (?:about|more about)\b/,
  /\brequest access to\b/,
  /\bspeak (?:my|the) (?:order|message|answer|request|password)\b/,
  /\b(?:looking to partner|partner with you|partnership with you)\b/,
  // "I cannot get connected to the server", "could I get connected to the internet?": a thing connected to.
  /\bconnect(?:ed|ing)? (?:to|with) (?:the |my |your |our |a )?(?:internet|wifi|wi fi|server|servers|network|vpn|printer|tv|bluetooth|router|modem|hotspot|database|portal|website)\b/,
  // "send me a transcript of this chat", "save this chat", "a copy of the letter your team sent": a record of a
  // contact, a thing asked for.
  /\b(?:transcript|transcripts|copy|copies|recording|record|log|history|summary) of (?:this|the|my|our|that) (?:chat|call|conversation|letter|email|phone call)\b/,
  /^(?:please |pls |can you |can i |could you )?(?:save|export|download|print|email me|end|close|clear) (?:this|the|my) (?:chat|conversation)\b/,
  // "I'd like to compliment one of your staff members", "how do I become a customer service agent", "is the fraud
  // team aware of this?": praise, a job, what a team knows.
  /\b(?:compliment|praise|commend|thank) (?:one of )?(?:your|the) (?:\S+ )?(?:staff|staff members|team|agent|agents|employees|advisor|adviser|rep)\b/,
  /^how (?:do|can|would) i (?:become|train as|work as|apply to be) (?:a|an) /,
  /^(?:is|are|was|were) (?:the|your) (?:\S+ )?(?:team|department|staff|manager|managers) (?:aware|informed|notified|told)\b/,
  // "I need help with billing issues", "need assistance with sales": a department's matter as the topic of help, with
  // no one to reach ("help from billing", "someone in billing" still name people).
  /^(?:(?:hi|hello|hey|please|pls) )*(?:i )?(?:need|want|require|would like|d like)? ?(?:some )?(?:help|assistance) (?:with|on|regarding|about) (?:a |an |the |my |our )?(?:billing|sales|support|payments|payment|accounts|refunds|returns|claims|invoicing|payroll)(?: (?:issue|issues|problem|problems|question|questions|matter|query|queries|please|pls))*$/,
  // "hire more customer service agents", "you need to employ real people": staffing urged, no one asked for now.
  /\b(?:hire|employ|recruit) (?:more |some |better |real |new |actual |enough )*(?:\S+ )?(?:\S+ )?(?:agents|staff|people|reps|representatives|employees|humans|workers)\b/,
  // "hello agent", "hi advisor": a greeting to the one answering, by the name it goes by.
  /^(?:hi|hello|hey|good morning|good afternoon|good evening) (?:there )?(?:agent|advisor|adviser|assistant)$/,
];

/** Whether an English sentence names people only in one of the ways above. */
export function asksForNoOneNamed(sentence: readonly string[]): boolean {
  const joined = joinedWords(sentence);
  return PATTERNS.some((pattern) => pattern.test(joined));
}

const TOLD_OF_CONTACT: readonly RegExp[] = [
  /\b(?:miss|missed|remember|loved|enjoyed) (?:talking|speaking|dealing|chatting) (?:to|with)\b/,
  /\b(?:taken|took|takes) (?:me|us|you|people) (?:over |about |nearly |almost |more than |at least )?(?:an?|one|two|three|four|five|\d+|half an|several|many) (?:hour|hours|minutes|mins|days|weeks|attempts|calls|tries)\b.* to (?:speak|talk|reach|get through|get hold)\b/,
  /\b(?:forces|force|forced|makes|make|made) (?:you|us|people|customers|me) (?:to )?wait\b/,
  /\byou (?:have|had|need) to wait (?:to|before you can) (?:speak|talk)\b/,
];
// "when I call customer service, I get a robot": what happens when the speaker calls; "when I call can I speak to a
// manager" still asks.
const WHEN_I_CALL =
  /^(?:so |and |but |honestly )?(?:when|whenever|every time|each time) i (?:call|ring|phone|contact)\b/;
const STILL_ASKS =
  /\b(?:can|could|may) i (?:speak|talk|get|have)\b|\b(?:i want|i need|i d like|put me|transfer me|connect me)\b/;

/** Whether English tokens tell of contact with people, missed, waited for or habitual, and ask for none now. */
export function tellsOfContactOnly(tokens: readonly string[]): boolean {
  const joined = joinedWords(tokens);
  return (
    TOLD_OF_CONTACT.some((pattern) => pattern.test(joined)) ||
    ((WHEN_I_CALL.test(joined) || HELD_TO_SPEAK.test(joined) || NOT_YET_SPOKEN.test(joined)) &&
      !STILL_ASKS.test(joined))
  );
}

// "been on hold for over an hour to speak to a customer service rep", "the long wait time to speak to a live person":
// a wait to talk, told; "still haven't talked to one person": no talk yet, told.
const HELD_TO_SPEAK =
  /\b(?:on hold|wait time|wait times|hold time|hold times|waited)\b.*\bto (?:speak|talk|chat|get through)\b/;
const NOT_YET_SPOKEN =
  /\b(?:haven t|havent|hasn t|hasnt|have not|has not|still not|not yet) (?:talked|spoken|spoke|chatted)\b/;
