// Recognises a sentence that only tells something about people or the bot and asks for nobody: likeness, the speaker,
// staff as the subject of a question, robot appliances, someone who runs support speaking of their work.
import { joinedWords } from './normalise.js';
import type { SignalLocale } from './detect-locale.js';

// "you talk like a real human", "sounds just like a person", "you speak like a human": verbs of likeness, nobody asked
// for.
export const LIKENESS_VERBS = new Set([
  'talk',
  'talks',
  'sound',
  'sounds',
  'write',
  'writes',
  'type',
  'types',
  'seem',
  'seems',
  'act',
  'acts',
  'reply',
  'replies',
  'speak',
  'speaks',
  'behave',
  'behaves',
]);

// "you sound like a real person", "answer like a human": likeness, not a wish.
const SOUND_LIKE = new Set([...LIKENESS_VERBS, 'respond', 'answer', 'treat', 'treats']);
const TO_WHOM = new Set(['to', 'with']);
const SPEAKER = new Set(['me', 'us']);

/** Whether a verb of likeness comes before "like", with "(to) me" between or not. */
export function isLikenessVerbBefore(tokens: readonly string[], like: number): boolean {
  if (SOUND_LIKE.has(tokens[like - 1] ?? '')) {
    return true;
  }
  if (!SPEAKER.has(tokens[like - 1] ?? '')) {
    return false;
  }
  const verb = TO_WHOM.has(tokens[like - 2] ?? '') ? like - 3 : like - 2;
  return SOUND_LIKE.has(tokens[verb] ?? '');
}
const PERSON_WORDS = new Set(['human', 'person', 'humans', 'people', 'agent', 'someone', 'somebody']);
const THEIR = new Set(['your', 'ur', 'the', 'our', 'those', 'these', 'all']);
const STAFF = new Set([
  'agents',
  'agent',
  'staff',
  'reps',
  'rep',
  'representatives',
  'representative',
  'team',
  'operators',
  'people',
  'employees',
  'advisors',
  'advisers',
  'workers',
  'humans',
  'managers',
]);
const ASKING_ABOUT = new Set([
  'do',
  'does',
  'did',
  'are',
  'were',
  'is',
  'was',
  'dont',
  'doesnt',
  'how',
  'what',
  'which',
  'when',
  'where',
  'why',
]);
// "are your agents available?", "is the team there": asking whether someone can come, a veiled request.
const STILL_WANTED = new Set([
  'available',
  'online',
  'free',
  'around',
  'there',
  'awake',
  'open',
  'busy',
  'working',
  'me',
  'call',
  'contact',
]);
const RELATIONS = new Set([
  'husband',
  'wife',
  'partner',
  'boss',
  'mom',
  'mum',
  'dad',
  'family',
  'accountant',
  'lawyer',
  'son',
  'daughter',
  'brother',
  'sister',
  'friend',
  'friends',
  'parents',
  'landlord',
  'doctor',
]);
const OUR_PEOPLE = new Set([
  'agent',
  'human',
  'person',
  'someone',
  'somebody',
  'rep',
  'representative',
  'staff',
  'manager',
  'supervisor',
  'operator',
]);
const SELF =
  /^(?:im|i m|i am|iam)(?: (?:a|an|just|only|also|actually|really))* (?:real |actual |normal |living |)(?:person|human|human being|people)\b|^(?:im|i am|i m) not a (?:bot|robot|machine)\b/;
const APPLIANCE_EN = /\brobot (?:vacuum|vacuums|mower|mowers|lawnmower|hoover|cleaner|arm|kit|toy)\b/;
const TURKISH_APPLIANCE = /^(?:supurge|kol|kolu|mop|oyuncak|mutfak)/;
// "makine kartımı yuttu", "ATM para vermedi": a machine that failed, no bot refused.
const TURKISH_MACHINE = /^(?:makine|atm|bankamatik|otomat)/;
const TURKISH_PERSON = /^(?:temsilci|yetkili|insan|kisi|operator|biri|musteri|canli)/;
const TURKISH_APPLIANCE_MACHINE = /^makine(?:m|miz|si|sini|mi)$/;
const TURKISH_COUNT = /^(?:bir|bi|iki|uc|dort|bes|alti|\d+)$/;
const TURKISH_MACHINE_FAILED = /^(?:yuttu|yutuyor|vermedi|vermiyor|bozuk|bozuldu|calismiyor|takildi)/;

// The people who run support, speaking of their own work: "I'm on the sales team", "I manage a team of 10 agents",
// "how do I transfer a chat to another agent", "does your bot support handoff to a live agent". Work is routed
// or the product is asked about; nobody is asked for the speaker.
const OWN_ROLE =
  /^(?:im|i m|i am|iam|we re|we are|were) (?:on|in|part of|with|from|working in|working on) (?:the |a |our |your )?(?:\S+ ){0,2}(?:team|department|desk|staff)\b|^(?:i|we) (?:manage|lead|run|supervise|oversee|hire|train|coach|onboard) (?:a |an |the |our |my )?(?:\S+ ){0,3}(?:team|teams|agents|staff|reps|representatives|operators|employees|people|department)\b/;
const ROUTING_WORK =
  /^(?:how|where) (?:do|can|should|would) (?:i|we) (?:transfer|route|assign|reassign|forward|hand|move|send|distribute) (?:a |an |new |incoming |all |our |customer |the |open )*(?:chat|chats|ticket|tickets|conversation|conversations|call|calls|case|cases|message|messages|lead|leads|customer|customers|user|users|seat|seats|team member|member|members)\b/;
const PRODUCT_FEATURE =
  /^(?:does|do|can|will|could|is) (?:your |the |this |ur |a )?(?:bot|chatbot|assistant|system|platform|product|app|tool|software|widget|plugin|integration|ai)s? (?:support|supports|offer|offers|allow|allows|handle|handles|integrate|integrates|provide|provides|include|includes|have|has|do|work|able to|capable of|transfer|hand|handoff|escalate|route|forward|connect)\b|^(?:my|our) (?:customers|users|clients|visitors|members|callers|shoppers) /;
const SPEAKER_OBJECT = new Set(['me', 'us', 'myself', 'mine']);
// Running the support desk itself: "can supervisors listen in on live calls", "how do I whisper to an agent during a
// call", "export CSAT by agent", "an SLA of 1 hour for tickets assigned to the escalations team", "set up a shared
// mailbox for the support team", "our human agents need to see the bot conversation", "can customers see the name of
// the agent".
const DESK_WORK = new RegExp(
  [
    String.raw`\b(?:listen in on|whisper to|barge in on|monitor) (?:\S+ ){0,2}(?:calls?|chats?|agents?|reps?)\b`,
    String.raw`\b(?:export|report|csat|nps|sla|kpis?|metrics|stats|statistics|scores?) (?:\S+ ){0,3}(?:by|per|for each) (?:agent|rep|operator|team member)\b`,
    String.raw`\bslas? (?:of|for)\b`,
    String.raw`\bshared (?:mailbox|inbox)\b`,
    String.raw`\btickets? assigned to\b`,
    String.raw`^(?:our|my) (?:human |support |live )?(?:agents|reps|staff|operators) (?:need|needs|want|should|must|can)\b`,
    String.raw`\bcan (?:customers|users|clients|visitors) see\b`,
  ].join('|'),
);

/** Whether a sentence is someone who runs support speaking of their team, routing work or the product's features. */
export function isAboutRunningSupport(tokens: readonly string[]): boolean {
  const joined = joinedWords(tokens);
  if (OWN_ROLE.test(joined) || ROUTING_WORK.test(joined) || DESK_WORK.test(joined)) {
    return true;
  }
  return PRODUCT_FEATURE.test(joined) && !tokens.some((token) => SPEAKER_OBJECT.has(token));
}

/**
 * Whether a sentence only tells something about people or the bot and asks for nobody: likeness ("you sound like a
 * real person", "insan gibi konuşuyorsun"), the speaker ("im a real person lol"), staff as the subject of a question
 * ("what languages do your agents speak", "are your reps paid on commission"), robot appliances ("robot süpürgem").
 */
export function isAboutPeopleOnly(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    return tokens.some(
      (token, index) =>
        (token === 'gibi' && ['insan', 'insanlar'].includes(tokens[index - 1] ?? '')) ||
        (token.startsWith('robot') && TURKISH_APPLIANCE.test(tokens[index + 1] ?? '')) ||
        /^robotsupurge/.test(token) ||
        (index === 0 &&
          TURKISH_MACHINE.test(token) &&
          tokens.slice(1, 4).some((word) => TURKISH_MACHINE_FAILED.test(word)) &&
          !tokens.some((word) => TURKISH_PERSON.test(word))) ||
        // "çamaşır makinem şarj olmuyor", "kahve makinesi çalışmıyor": the speaker's appliance.
        (TURKISH_APPLIANCE_MACHINE.test(token) && !tokens.some((word) => TURKISH_PERSON.test(word))) ||
        // "bir kişi için oda istiyorum", "iki kişilik masa": how many people, not someone to reach.
        (TURKISH_COUNT.test(token) &&
          /^kisi(?:lik)?$/.test(tokens[index + 1] ?? '') &&
          (tokens[index + 1] === 'kisilik' || tokens[index + 2] === 'icin')),
    );
  }
  const joined = joinedWords(tokens);
  if (SELF.test(joined) || APPLIANCE_EN.test(joined)) {
    return true;
  }
  // "i'll talk to my husband and get back to you": the customer's own people, nobody of ours.
  if (
    tokens.some((token, index) => token === 'my' && RELATIONS.has(tokens[index + 1] ?? '')) &&
    !tokens.some((token) => OUR_PEOPLE.has(token))
  ) {
    return true;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    // "sound(s) like a (real) human", "talk to me like a normal person", "treat me like a human"
    if (token === 'like' && isLikenessVerbBefore(tokens, index)) {
      const rest = tokens.slice(index + 1, index + 4);
      if (rest.some((word) => PERSON_WORDS.has(word))) {
        return true;
      }
    }
    // "do your agents speak…", "are the staff trained…": the staff are the subject, nobody is asked for.
    if (
      THEIR.has(token) &&
      STAFF.has(tokens[index + 1] ?? '') &&
      ASKING_ABOUT.has(tokens[index - 1] ?? '') &&
      !tokens.some((word) => STILL_WANTED.has(word))
    ) {
      return true;
    }
  }
  return false;
}
