// English sentences that name people of the business, or the speaker's own, and ask for none of them (the model's
// reading): a count of people ("just one person in the car"), whether the speaker's case has someone yet ("has my case
// been assigned to someone yet?"), praise of staff at a place ("the manager of your Exeter office deserves a raise"),
// what answers the chat ("could it be someone typing by hand"), a way to write asked ("how do I contact you by post?")
// and a call with the speaker's own booked ("set up a call with my manager").
const PATTERNS: readonly RegExp[] = [
  /\b(?:just|only) (?:one|1|two|2|three|3|a single|one more) (?:person|people|adult|adults|guest|guests|passenger|passengers)\b/,
  /^(?:has|is|was) my (?:case|ticket|claim|complaint|request|query|application) (?:been )?assigned to\b/,
  /^the (?:\S+ )?(?:advisor|adviser|manager|receptionist|agent|staff|rep|cashier|driver|nurse|doctor|pharmacist|engineer|technician|lady|guy|man|woman) (?:at|of|in|from) (?:your|the) (?:\S+ ){0,2}(?:store|shop|office|branch|hotel|clinic|pharmacy|surgery|desk|restaurant)\b(?: \S+)? (?:has been|have been|was|were|is|deserves|deserve|went|did|made|gave|helped|stayed|sorted|solved)\b/,
  /^(?:could|is|are|would|might) (?:it|this|that) (?:be )?(?:someone|somebody|a person|a human|people|humans) (?:typing|writing|answering|replying)\b/,
  /^how (?:do|can|should|would) i (?:contact|reach|write to|get in touch with) (?:you|u|your \S+) (?:by|via) (?:post|mail|letter|email|e mail)$/,
  /\b(?:set up|schedule|book|arrange) (?:a |an )?(?:call|meeting|zoom|video call|catch up) (?:with|w) (?:my|our) \S+/,
];

/** Whether an English sentence names people only in one of the ways above. */
export function asksForNoOneNamed(sentence: readonly string[]): boolean {
  const joined = sentence.join(' ');
  return PATTERNS.some((pattern) => pattern.test(joined));
}
