// Families of the human-request corpus for classes the grammar learnt after the model was first trained: what a
// unit does or who handles a case, asked; statements that name people or contact without asking (told, judged,
// praised); someone else to collect a thing; the bot praised; who will be on a booked call. And requests the grammar
// reads but the model had few lines of, so it learns their typos: a word with someone, got through to, someone on the
// line, taking over, someone present. Our own words, drawn from a stream of their own and appended last, so every
// other family expands exactly as before.
import type { Family } from './families.js';

const laterEnglish: Family[] = [
  {
    name: 'en-units-asked-about',
    locale: 'en',
    label: false,
    count: 600,
    templates: [
      '[which|what] [department|team|office|desk|unit] [deals with|handles|looks after|is responsible for|takes care of] [lost property|refunds|complaints|passports|warranty claims|parking permits|billing disputes|returns|school transport][?|]',
      '[how big|how large|how many people work in] [is your|] [support team|customer service team|call centre|sales team|help desk][?|]',
      'what does the [claims department|billing team|returns desk|loans team|hr department|planning office] need from me[?|]',
      '[has|is] my [case|claim|ticket|complaint|application] [been assigned to someone|assigned to an advisor|with a caseworker yet|been picked up by anyone] [yet|][?|]',
      '[is|will] the same [advisor|agent|caseworker|adviser|engineer|nurse] [still be dealing with|be handling|stay on|keep] my [case|claim|ticket|file][?|]',
      'have i got the right [department|team|desk|office|page] for [passports|refunds|this question|my problem|business accounts][?|]',
      '[what are|when are] [the|your] [support team|call centre|help desk|branch staff] [opening hours|hours|busiest][?|]',
    ],
  },
  {
    name: 'en-told-statements',
    locale: 'en',
    label: false,
    count: 900,
    templates: [
      'i [bought|ordered|got] [this|a|my] [computer|laptop|phone|machine|washing machine|tablet|printer] [from you|in march|last week|three months ago][, it works fine| and it is brand new| and love it|]',
      'i know your [legal team|sales team|manager|owner|support staff|area manager] [personally|quite well|from school|from the gym]',
      'i keep getting [calls|texts|emails|letters] from your [sales team|agents|marketing people|call centre|collections team][ every evening| at dinner time| at work|]',
      'the [manager|receptionist|engineer|advisor|driver|cashier] [at|of] your [Leeds|Bristol|Glasgow|Cardiff|Exeter|Derby] [shop|branch|office|depot|store] [was lovely|deserves a raise|sorted everything out|has been brilliant|went above and beyond]',
      'i [was|used to be|worked as] a [customer service rep|call centre agent|support agent|receptionist|bank clerk] [for years|myself|once|for six years][, this is the worst system| so i know how it works| before retiring|]',
      'your [support|customer service|help desk|call centre|phone line] is [rubbish|a joke|terrible|slow|the worst]',
      "i'm [calling|writing|messaging] from [an estate agent|a recruitment agency|the council|a law firm|a school] about [a property|a vacancy|your account|a tenant|a pupil]",
      'i just realised i [paid|messaged|sent the money to|emailed|called] the wrong person',
      '[i have|i ve got] [the device manager|your billing page|the settings menu|two tabs] open[ now|]',
      'i [spoke|talked|chatted] to [an agent|a manager|someone|your team|a lovely lady] [yesterday|last week|on monday] and [it was sorted|she fixed it|all is fine now|they were great]',
    ],
  },
  {
    name: 'en-someone-else-collects',
    locale: 'en',
    label: false,
    count: 400,
    templates: [
      '[can|could|may] [someone else|my husband|my wife|a friend|my son|my neighbour|my carer] [collect|pick up|sign for] my [prescription|parcel|order|keys|passport][?|]',
      'can i [nominate|authorise|add] [someone|a person|my partner|a family member] to [collect|manage|access] my [prescription|account|parcel|bookings][?|]',
      '[can i|could i|am i allowed to] bring [a guest|a friend|my partner|someone] [to the event|along|with me|to the appointment][?|]',
    ],
  },
  {
    name: 'en-bot-praised',
    locale: 'en',
    label: false,
    count: 300,
    templates: [
      '[this|your|the|ur] [bot|chatbot|assistant|virtual assistant] is [really|very|] [pretty good|great|helpful|better than i expected|quick]',
      'i [prefer|like|quite like] [chatting|talking|typing] [with|to] the [bot|assistant|chatbot][ it is faster|, it is quicker|]',
      "you're better than the last [agent|person|advisor] i [had|spoke to|dealt with]",
    ],
  },
  {
    name: 'en-booked-call-questions',
    locale: 'en',
    label: false,
    count: 200,
    templates: [
      'who [will|would] i be [talking|speaking] [to|with] [on the call|at the appointment|during the consultation|tomorrow|]',
      'is the [consultation|appointment|video call|assessment|review] with a [real|qualified|] [doctor|person|nurse|human][?|]',
    ],
  },
  {
    name: 'en-a-word-with-someone',
    locale: 'en',
    label: true,
    count: 700,
    templates: [
      '[can|could|may] i have a [quick |]word with [someone|a manager|one of your team|someone at reception|an actual member of staff|your reservations manager|one of your colleagues][?|]',
      '[can|could] i [get through|be put through] to [the financial aid office|your support line|reception|the loans team|a person|someone in billing][?|]',
      '[get|put] [reception|the manager|a supervisor|someone|a real person|the duty manager] on the [line|phone][ please| now|]',
      '[can|could] [a staff member|someone|a colleague|a real person|one of your team] take over[ please|?|]',
      '[are|is] [any of your advisers|anyone from the team|any humans|a person|someone from support] [online|around|working today|free][ right now|?|]',
      "i'll [hold|wait] for [an agent|the next available agent|a person|someone|a real human]",
      '[fetch|grab|bring] me [a human|a manager|someone real|a supervisor][ please| now|]',
      "i'll only [discuss this|talk about this|deal with this] with [a person|a staff member|a human|a manager]",
    ],
  },
  {
    name: 'en-someone-to-act',
    locale: 'en',
    label: true,
    count: 900,
    templates: [
      '[can|could] [somebody|someone|a person|one of your team|an advisor] explain [my bill|this charge|the letter|my statement|the fees] to me[?|]',
      '[can|could] [a real person|someone|a human|a member of staff] [pick this up|look into this|take this on|handle this][ please|?|]',
      '[can|could] i [book|get on|arrange|set up] a [call|phone call|video call|quick call] with [your support team|an advisor|the billing team|someone from the bank|my account manager][?|]',
      '[can|could] [you|u|someone] [call|ring|phone] me instead[, typing is hard|, it is easier|, i cant type well|]',
      '[escalate|pass|send] this to [your senior|a senior colleague|your supervisor|someone more senior][, i have explained it three times|, i am going round in circles|]',
      'i insist on [speaking|talking] [with|to] [a manager|a supervisor|someone senior|a real person][ about this| today|]',
      '[please|kindly] [assign|send] [a technician|an engineer|an advisor] who will call me [first|before coming|tomorrow]',
      '[please|can you] loop in [a person|someone|a colleague|an expert] from [your data protection team|the billing team|legal|the security team][ about this|]',
      '[hi|hello|] is the [owner|manager|supervisor|duty manager|head chef] [in|around|there|available][ today|?|]',
      '[callback|call back|request a callback|phone me back][ please|]',
    ],
  },
  {
    name: 'en-someone-for-a-task',
    locale: 'en',
    label: true,
    count: 900,
    templates: [
      'i [want|need|would like|d like] to [negotiate|discuss|sort out|go through|talk through|settle] [my debt|my bill|this|my claim|the repayment plan|my contract] with [a person|someone|a real person|one of your staff|a human|an advisor]',
      '[i need to|i want to|can i|let me] [talk|speak] [with|to] the [branch|store|depot|office|warehouse|pharmacy|surgery] directly',
      "[who's|whos|who is] in charge [here|there|of this|today][,|] i [want|need|would like] to [talk|speak] to [them|him|her]",
      '[can|could] i be put back [to|through to] the [person|agent|advisor|lady|guy] i was [talking|speaking] to [before|earlier|a minute ago][, we got cut off|, the line dropped|]',
      '[ring|call|phone|buzz] the [front desk|reception|concierge|night porter|duty manager] for me[ please|]',
      '[this|my case|it|this problem] [needs|wants|requires] a [human|person|real person|member of staff] to [sort it out|look at it|fix|deal with it|sort out][ honestly|, please|]',
      "i'd [prefer|rather|like it] if a [real person|human|member of staff|colleague|manager] [messaged|called|rang|emailed|got back to] me",
      '[get me|put me through to|connect me to|i need to speak to] [the underwriting team|fraud|the fraud team|collections|the council housing officer|your data protection officer|the claims handler][ please| now|]',
      '[need|i need|have] to [talk|speak] to [sb|smb|some1|sum1|someone] [asap|today|now|urgently] about [my prescription|my order|this|my account]',
    ],
  },
];

export const LATER_ENGLISH_FAMILIES: readonly Family[] = laterEnglish;
