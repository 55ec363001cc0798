// The families of issue 11 and its hard negatives, one row each, plus floors on the dev split and the held-out set:
// these fail when the human-request detector or sentiment regresses (none of them times anything).
import { readFileSync } from 'node:fs';
import {
  ANCHORED_ENGLISH_FAMILIES,
  ANCHORED_TURKISH_FAMILIES,
} from '../scripts/signals/human-request-anchored.js';
import { LATER_ENGLISH_FAMILIES } from '../scripts/signals/human-request-later.js';
import { describe, expect, it } from 'vitest';
import {
  detectHumanRequest,
  evaluateLabelledCases,
  parseLabelledCases,
  scoreSentiment,
} from '../src/core/signals/index.js';

type Row = readonly [family: string, locale: 'en' | 'tr', text: string, requested: boolean];

const ROWS: readonly Row[] = [
  ['help framing', 'en', 'need help talking with someone', true],
  ['help framing', 'en', 'assistance contacting a live agent', true],
  ['help framing', 'en', 'can you help me speaking to an operator', true],
  ['help framing', 'en', "I don't know how to reach somebody", true],
  ['person words', 'en', 'can I talk to an assistant', true],
  ['person words', 'en', 'I want a representative', true],
  ['person words', 'en', 'rep please', true],
  ['person words', 'en', 'can I speak to an employee', true],
  ['person words', 'en', 'staff please', true],
  ['person words', 'en', 'a normal person please', true],
  ['person words', 'en', 'an actual person please', true],
  ['person words', 'en', 'is there a non-robotic agent', true],
  ['person words', 'en', 'someone else please', true],
  ['person words', 'en', 'anyone who can really help', true],
  ['teams', 'en', 'put me through to billing', true],
  ['teams', 'en', 'transfer me to reception', true],
  ['teams', 'en', 'connect me with your sales team', true],
  ['bare', 'en', 'live agent', true],
  ['bare', 'en', 'human agent please', true],
  ['bare', 'en', 'talk to human', true],
  ['bare', 'en', 'human handoff', true],
  ['refusing the bot', 'en', "I don't want to talk to a bot", true],
  ['refusing the bot', 'en', "stop, you're a machine", true],
  ['refusing the bot', 'en', 'talking to a bot is useless', true],
  ['refusing the bot', 'en', "I'm not comfortable sharing this with a machine", true],
  ['typos', 'en', 'i want to talkk to a human', true],
  ['typos', 'en', 'can i speak to somone', true],
  ['typos', 'en', 'agnet please', true],
  ['typos', 'en', 'speakign to a person', true],
  ['typos', 'en', 'can I talk tosomebody', true],
  ['typos', 'en', 'need assistnace from an agent', true],
  ['indirect', 'en', 'is there a way to get a real person on the line', true],
  ['indirect', 'en', 'can I get someone on the phone', true],
  ['indirect', 'en', "I'd like to speak with someone about my bill", true],
  ['indirect', 'en', 'escalate this', true],
  ['indirect', 'en', 'let me talk to your supervisor', true],
  ['indirect', 'en', 'get me a manager', true],
  ['indirect', 'en', 'call me back', true],
  ['indirect', 'en', 'can a person look at this', true],
  ['polite', 'en', "I'd appreciate it if you could put me through to someone", true],
  ['hard negative', 'en', 'the people there speak Spanish', false],
  ['hard negative', 'en', 'my travel agent booked it', false],
  ['hard negative', 'en', "I don't need an agent", false],
  ['hard negative', 'en', 'which agent handled my claim?', false],
  ['hard negative', 'en', 'just one person in the room', false],
  ['hard negative', 'en', 'stop the automated emails', false],
  ['hard negative', 'en', 'I need help with my bill', false],
  ['contact support', 'en', 'contact customer care please', true],
  ['contact support', 'en', 'how can I reach your support team?', true],
  ['no human needed', 'en', 'no agent needed, thanks', false],
  ['no human needed', 'en', "all sorted, I don't need a person", false],
  ['asking about the bot', 'en', 'is this conversation automated?', false],
  ['asking about the bot', 'en', 'who am i chatting with right now', false],
  ['asking about staff', 'en', 'do your reps speak german?', false],
  ['asking about staff', 'en', 'what hours do your agents work', false],
  ['asking about staff', 'en', 'are your agents available now?', true],
  ['likeness', 'en', 'you talk like a real human lol', false],
  ['the speaker', 'en', 'i am a real person not a bot', false],
  ['a call received', 'en', 'i got a strange call from someone claiming to be you', false],
  ['a call received', 'en', 'can i get a call from someone', true],
  ["the customer's own people", 'en', 'let me talk to my wife first', false],
  ['robot appliances', 'en', "my robot vacuum won't charge", false],
  ['a broken chat feature', 'en', 'live chat is not loading', false],
  ['booking a visit', 'en', 'could I book a check-up for monday?', false],
  ['directions and services', 'en', 'how do I get to the train station?', false],
  ['directions and services', 'en', 'can I get extra towels please', false],
  ['live, another sense', 'en', 'any live music tonight?', false],
  ['addressing the bot', 'en', 'hey chatbot', false],
  ['an admin', 'en', 'can I talk to an admin', true],
  ['an admin', 'en', 'the admin panel will not load', false],
  ['Turkish', 'tr', 'müşteri temsilcisiyle görüşmek istiyorum', true],
  ['Turkish', 'tr', 'musteri temsilcisiyle gorusmek istiyorum', true],
  ['Turkish', 'tr', 'canlı destek', true],
  ['Turkish', 'tr', 'canli destek', true],
  ['Turkish', 'tr', 'bir yetkili arasın beni', true],
  ['Turkish', 'tr', 'bir yetkili arasin beni', true],
  ['Turkish', 'tr', 'operatöre aktar', true],
  ['Turkish', 'tr', 'operatore aktar', true],
  ['Turkish', 'tr', 'robotla konuşmak istemiyorum', true],
  ['Turkish hard negative', 'tr', 'temsilciye gerek yok', false],
  ['Turkish hard negative', 'tr', 'dün bir temsilciyle görüştüm', false],
  ['Turkish hard negative', 'tr', 'insan kaynakları', false],
  ['Turkish hard negative', 'tr', 'iki kişilik oda', false],
  ['Turkish hard negative', 'tr', 'operatörümü değiştirmek istiyorum', false],
  ['Turkish hard negative', 'tr', 'internete bağlanamıyorum', false],
  ['Turkish hard negative', 'tr', 'para aktarmak istiyorum', false],
  ['Turkish anyone there', 'tr', 'kimse yok mu burada', true],
  ['Turkish likeness', 'tr', 'tıpkı insan gibi yazıyorsun', false],
  ['Turkish robot appliances', 'tr', 'robot süpürge şarj olmuyor', false],
  ['Turkish told to act', 'tr', 'bu konuyla bir yetkili ilgilensin', true],
  ['Turkish told to act', 'tr', 'biri baksın dedi ama bakmadı', false],
  ['Turkish call back', 'tr', 'beni telefonla arar mısınız', true],
  ['Turkish call back', 'tr', 'annemi arar mısın', false],
  ['Turkish technical support', 'tr', 'teknik desteğe bağlanmak istiyorum', true],
  ['Turkish technical support', 'tr', 'teknik destek sayfası açılmıyor', false],
  ['Turkish how to reach support', 'tr', 'canlı desteğe nasıl bağlanırım', true],
  ['Turkish addressing the bot', 'tr', 'merhaba asistan', false],
  ['Turkish farewell', 'tr', 'tekrar görüşmek üzere, iyi günler', false],
  ['Turkish looking for a thing', 'tr', 'sessiz bir kafe arıyorum', false],
  ['Turkish looking for a thing', 'tr', 'canlı maç nereden izlerim', false],
  ['Turkish reaching a place', 'tr', 'havalimanına nasıl giderim', false],
  ['Turkish job application', 'tr', 'şirketinizde çalışmak istiyorum', false],
  ['Turkish help with a topic', 'tr', 'kargo desteği lazım', false],
  ['call back with a time', 'en', 'could you ring me back tomorrow', true],
  ['call back with a time', 'en', 'call me a taxi', false],
  ['call back with a time', 'en', 'please call me at 4pm', true],
  ['call back as a noun', 'en', 'I would like a callback please', true],
  ['call back as a noun', 'en', 'I got a callback yesterday', false],
  ['the bot asked about with a tag', 'en', "you're not a bot, right?", false],
  ['Turkish call back with a time', 'tr', 'beni yarın arar mısınız', true],
  ['Turkish how to phone a team', 'tr', 'çağrı merkezini nasıl arayabilirim', true],
  ['Turkish how to phone a team', 'tr', 'annemi nasıl ararım', false],
  ['the model needs someone named', 'en', 'Pepperoni', false],
  ['the model needs someone named', 'en', 'I have no money right now', false],
  ['the model needs someone named, typed badly', 'en', 'have a realpeeson to meail me', true],
  ['the model needs someone named, typed badly', 'en', 'one of yourcollegues?', true],
  ['the model needs someone named, typed badly', 'tr', 'bölgemüdürüylegörüşmeek istiyorum', true],
  ['who is answering, asked', 'en', 'am i speaking with a computer', false],
  ['who is answering, asked', 'en', "is this a real person I'm chatting with", false],
  ['who is answering, asked', 'en', 'are you a human being?', false],
  ['who is answering, asked', 'tr', 'gerçek bir insanla mı konuşuyorum?', false],
  ['who is answering, asked', 'tr', 'gerçek bir insanla görüşebilir miyim', true],
  ['the one answering is who to talk to', 'en', "I'd like to talk to you about my order", false],
  ['the one answering is who to talk to', 'en', 'how can I contact you?', true],
  ['a real word, not a typo', 'en', 'I want to discuss the contract with you', false],
  ['a typo of a long word', 'en', 'i want an agnet', true],
  ['a doubled letter in a short word', 'en', 'the lyalty teamm now', true],
  ['a phrase of contact', 'en', 'how should i get hold of your tam', true],
  ['English words under a Turkish locale', 'tr', 'I want to talk to a human', true],
  ['a ride or another assistant', 'en', 'call an uber', false],
  ['a ride or another assistant', 'en', 'talk to alexa', false],
  ['a ride or another assistant', 'en', 'talk to siri or a human', true],
  ['a topic named in a fragment', 'en', 'agent portal', false],
  ['a topic named in a fragment', 'en', 'contact form', false],
  ['a topic named in a fragment', 'en', 'wire transfer', false],
  ['a topic named in a fragment', 'en', 'employee benefits', false],
  ['a topic named in a fragment', 'en', 'staff member pls', true],
  ['running support', 'en', "I'm on the sales team and need a report", false],
  ['running support', 'en', 'I manage a team of 10 agents', false],
  ['running support', 'en', 'how do I transfer a chat to another agent', false],
  ['running support', 'en', 'can you transfer this chat to an agent', true],
  ['running support', 'en', 'does your bot support handoff to a live agent', false],
  ['running support', 'en', 'can your bot connect me to a live agent', true],
  ['a thing named after someone', 'en', 'where can i find my agent id', false],
  ['a thing named after someone', 'en', 'I need to open a help desk ticket for my printer', false],
  ['a device, not the bot', 'en', 'my computer keeps freezing', false],
  ['a device, not the bot', 'en', "computer won't turn on", false],
  ['a device, not the bot', 'en', "i'm tired of talking to a computer, get me a person", true],
  ['a new hire', 'en', 'new employee starting monday needs an account', false],
  ['a message written, no one reached', 'en', 'make a call to', false],
  ['a message written, no one reached', 'en', 'send message to my sister', false],
  ['a message written, no one reached', 'en', 'send a message to an agent', true],
  ['a public post', 'en', 'tweet my complaint to their customer service', false],
  ['questions about staff, asking for nobody', 'en', "who is Anna's manager", false],
  ['questions about staff, asking for nobody', 'en', 'who reports to John', false],
  ['questions about staff, asking for nobody', 'en', 'how many employees are in sales', false],
  ['questions about staff, asking for nobody', 'en', 'who was the agent on my last call', false],
  ['questions about staff, asking for nobody', 'en', 'is my advisor Sarah still with you', false],
  ['questions about staff, asking for nobody', 'en', 'who is the manager of the sales team', false],
  ['questions about staff, asking for nobody', 'en', 'which department is Priya in?', false],
  ['questions about staff, asking for nobody', 'en', 'who runs the support team these days', false],
  ['questions about staff, asking for nobody', 'en', "what is the new agent's name", false],
  ['questions about staff, asking for nobody', 'en', 'who is the manager here? I want to talk to them', true],
  ['questions about staff, asking for nobody', 'en', 'who can I talk to about my bill', true],
  ['questions about staff, asking for nobody', 'en', 'which department do I call about billing?', true],
  ['questions about staff, asking for nobody', 'en', "what's the number for your billing department", true],
  ['the manager of the shop, asked for', 'en', 'let me speak to your manager', true],
  ['the manager of the shop, asked for', 'en', 'can I talk to the manager', true],
  ['the manager of the shop, asked for', 'en', "I'd like to speak to my account manager", true],
  ['something done to someone', 'en', 'we hired someone last week', false],
  ['something done to someone', 'en', 'I have to let an employee go', false],
  ['something done to someone', 'en', 'give my staff a bonus', false],
  ['something done to someone', 'en', 'how do I promote an employee', false],
  ['something done to someone', 'en', 'can someone give me a call', true],
  ['something done to someone', 'en', 'I need someone to look at this', true],
  ['a device failing, not the bot refused', 'en', "the computer won't boot", false],
  ['a device failing, not the bot refused', 'en', 'my laptop keeps rebooting', false],
  ['a device failing, not the bot refused', 'en', "this stupid machine won't give me my card", false],
  ['a device failing, not the bot refused', 'en', 'these boots are too small', false],
  ['a device failing, not the bot refused', 'en', "this stupid machine doesn't understand me", true],
  ['a device failing, not the bot refused', 'en', "I don't want to talk to a machine", true],
  ['how contact usually goes', 'en', 'whenever I call customer service they put me on hold', false],
  ['how contact usually goes', 'en', 'every time I talk to an agent I get a different answer', false],
  ['how contact usually goes', 'en', 'each time we contact support it takes a week', false],
  ['how contact usually goes', 'en', 'I always speak to a manager and nothing changes', false],
  ['how contact usually goes', 'en', 'I usually chat with an agent about my bill', false],
  ['how contact usually goes', 'en', 'I call the help desk every week about this', false],
  ['how contact usually goes', 'en', 'can I talk to an agent every time I have a problem?', true],
  ['how contact usually goes', 'en', 'when can I speak to a manager', true],
  ['how contact usually goes', 'en', 'whenever you can, put me through to a person', true],
  ['how contact usually goes', 'en', 'I always want to talk to a real person', true],
  ["the business's phone number or e-mail", 'en', 'what is your customer service number', true],
  ["the business's phone number or e-mail", 'en', "what's your helpline", true],
  ["the business's phone number or e-mail", 'en', 'is there a toll free number I can ring', true],
  ["the business's phone number or e-mail", 'en', 'send me the support email address', true],
  ["the business's phone number or e-mail", 'en', 'how do I email your billing team', true],
  ["the business's phone number or e-mail", 'en', 'what is the whatsapp number for support', true],
  ["the business's phone number or e-mail", 'en', "what is my sister's phone number", false],
  ["the business's phone number or e-mail", 'en', 'change the phone number on my account', false],
  ["the business's phone number or e-mail", 'en', 'what is my order number', false],
  ["the business's phone number or e-mail", 'en', 'get me the number for the pizza place nearby', false],
  ["the business's phone number or e-mail", 'en', 'your support email address is not working', false],
  ["the business's phone number or e-mail", 'en', 'I emailed your support team yesterday', false],
  ["the business's phone number or e-mail", 'en', 'how much is this phone in your store', false],
  ["the business's phone number or e-mail", 'en', 'what is the number of staff in your company', false],
  ['a department named alone, as a menu lists it', 'en', 'billing', false],
  ['a department named alone, as a menu lists it', 'en', 'sales', false],
  ['a department named alone, as a menu lists it', 'en', 'tech support', false],
  ['a department named alone, as a menu lists it', 'en', 'legal help', false],
  ['a department named alone, as a menu lists it', 'en', 'billing please', true],
  ['a department named alone, as a menu lists it', 'en', 'sales team', true],
  ['a department named alone, as a menu lists it', 'en', 'billing department', true],
  ['a department named alone, as a menu lists it', 'en', 'tech support please', true],
  ['a department named alone, as a menu lists it', 'en', 'put me through to billing', true],
  ['the bot asked to talk', 'en', 'talk to me?', false],
  ['the bot asked to talk', 'en', 'chat with me', false],
  ['the bot asked to talk', 'en', 'can someone talk to me', true],
  ['the bot asked to talk', 'en', 'I want a person to talk to me', true],
  ['something handed over', 'en', 'give me a cuddle', false],
  ['something handed over', 'en', 'bring me water', false],
  ['something handed over', 'en', 'give me a human', true],
  ['something handed over', 'en', 'give me a call', true],
  ['someone gone or sought', 'en', 'missing child', false],
  ['someone gone or sought', 'en', 'remove the access of a former employee', false],
  ['someone gone or sought', 'en', "I'm lost, human please", true],
  [
    'the business offering its own people',
    'en',
    'A member of our staff will phone you tomorrow morning.',
    false,
  ],
  [
    'the business offering its own people',
    'en',
    'Thanks for your order. One of our advisors will email you within a day.',
    false,
  ],
  [
    'the business offering its own people',
    'en',
    'Our support team will be in touch about the refund.',
    false,
  ],
  [
    'the business offering its own people',
    'en',
    "I'll forward this to my supervisor and get back to you.",
    false,
  ],
  ['the business offering its own people', 'en', "We're transferring you to the returns desk now.", false],
  ['the business offering its own people', 'en', 'Let me connect you with our billing specialists.', false],
  ['the business offering its own people', 'en', 'You can reach us by phone or live chat any day.', false],
  [
    'the business offering its own people',
    'en',
    'Please contact us through the help centre if it happens again.',
    false,
  ],
  ['the business offering its own people', 'en', 'We would suggest calling the store directly.', false],
  ['the business offering its own people', 'en', 'will one of your agents call me back today?', true],
  ['the business offering its own people', 'en', "I'd request a manager please", true],
  ['the business offering its own people', 'en', 'can you transfer me to your billing team', true],
  ['the business offering its own people', 'en', 'please have someone from your team contact us', true],
  ['the business offering its own people', 'en', 'I will need to talk to your supervisor', true],
  [
    "the customer's own details asked for",
    'en',
    'Please DM your phone number so we can check the order.',
    false,
  ],
  [
    "the customer's own details asked for",
    'en',
    'Could you send us your email address and the order date?',
    false,
  ],
  ["the customer's own details asked for", 'en', 'what is your support email address?', true],
  ["the customer's own details asked for", 'en', 'can you send me your phone number', true],
  ["someone's record asked for", 'en', 'staff details please', false],
  ["someone's record asked for", 'en', 'I need the employee info for Dana', false],
  ["someone's record asked for", 'en', 'staff member pls', true],
  ["someone's record asked for", 'en', 'employee please', true],
  [
    "a person wanted for something else: the person's thing",
    'en',
    'we need supervisor approval for refunds over $500',
    false,
  ],
  [
    "a person wanted for something else: the person's thing",
    'en',
    'I need a supervisor shift on Sunday',
    false,
  ],
  [
    "a person wanted for something else: the person's thing",
    'en',
    "you'll need the manager's key card for that door",
    false,
  ],
  [
    "a person wanted for something else: the person's thing",
    'en',
    "items that need the manager's attention are flagged",
    false,
  ],
  [
    "a person wanted for something else: the person's thing",
    'en',
    "I need a manager's help with this refund",
    true,
  ],
  ["a person wanted for something else: the person's thing", 'en', "I need the manager's phone number", true],
  [
    'a person wanted for something else: someone else has one',
    'en',
    'does this team have a supervisor?',
    false,
  ],
  [
    'a person wanted for something else: someone else has one',
    'en',
    'will the new hire have a manager',
    false,
  ],
  ['a person wanted for something else: someone else has one', 'en', 'can I have a manager call me', true],
  ['a person wanted for something else: someone else has one', 'en', 'do you have an agent available', true],
  [
    'a person wanted for something else: whether one is needed',
    'en',
    'do I need an agent to rent a flat?',
    false,
  ],
  [
    'a person wanted for something else: whether one is needed',
    'en',
    'do we need a financial advisor?',
    false,
  ],
  ['a person wanted for something else: whether one is needed', 'en', 'I do need a manager', true],
  [
    'a person wanted for something else: a chore or a post',
    'en',
    'I need a person to paint my kitchen',
    false,
  ],
  [
    'a person wanted for something else: a chore or a post',
    'en',
    'we need a supervisor for the weekend shift',
    false,
  ],
  [
    'a person wanted for something else: a chore or a post',
    'en',
    'I need a person to fix it immediately',
    true,
  ],
  ['a person wanted for something else: a chore or a post', 'en', 'I need a manager for my complaint', true],
  ['a person wanted for something else: a role', 'en', 'is that employee a supervisor?', false],
  ['a person wanted for something else: a role', 'en', 'please select a supervisor.', false],
  ['a person wanted for something else: a role', 'en', 'I need a manager now', true],
  ['a job advertised, Turkish', 'tr', 'müşteri hizmetleri temsilcisi aranıyor', false],
  ['a job advertised, Turkish', 'tr', 'çağrı merkezi için temsilci aranıyor', false],
  ['a job advertised, Turkish', 'tr', 'yetkili tarafından aranmak istiyorum', true],
  ['a job advertised, Turkish', 'tr', 'bir yetkili aransın beni', true],
  ['an org-chart look-up: a role in another unit', 'en', 'get the manager of Priya Shah', false],
  ['an org-chart look-up: a role in another unit', 'en', 'I need the supervisor of the night team', false],
  ['an org-chart look-up: a role in another unit', 'en', 'find me the head of marketing at Globex', false],
  ['an org-chart look-up: a role in another unit', 'en', 'get me the manager of this store', true],
  ['an org-chart look-up: a role in another unit', 'en', 'I want to talk to the manager of the shop', true],
  ['an org-chart look-up: a role in another unit', 'en', 'get me the head of billing', true],
  ['a directory listing', 'en', 'show me every employee in the finance department', false],
  ['a directory listing', 'en', 'list all team members with Java skills', false],
  ['a directory listing', 'en', 'which teams have the most managers?', false],
  ['a directory listing', 'en', 'am I a supervisor?', false],
  ['a directory listing', 'en', 'find me someone in billing to sort this out', true],
  ['a review of someone', 'en', 'the rep was extremely rude to my wife', false],
  ['a review of someone', 'en', 'really helpful staff at the front desk', false],
  ['a review of someone', 'en', 'your agent was rude, I want to speak to a manager', true],
  ['a review of someone', 'en', 'the bot was useless, get me an agent', true],
  ['a wait told', 'en', 'had to wait two hours to speak to a person', false],
  ['a wait told', 'en', 'I have been waiting two hours to speak to a person', true],
  ['someone who sold it', 'en', 'we bought the policy through a broker agent, can you cancel it?', false],
  ['someone who sold it', 'en', 'I booked via an agent last week', false],
  ['someone who sold it', 'en', 'can you transfer me to an agent', true],
  ['a call back asked in the passive', 'en', 'could I be phoned back this evening', true],
  ['a call back asked in the passive', 'en', "I'd like to be rung tomorrow morning", true],
  ['a call back asked in the passive', 'en', 'should I fill the form or can I be called', true],
  ['a call back asked in the passive', 'en', 'my daughter wants to be called Lily', false],
  ['a call back asked in the passive', 'en', 'can I be called a regular customer now?', false],
  ['a call back asked in the passive', 'en', 'I never want to be called again', false],
  ['a call back asked in the passive', 'en', 'I was phoned by your agent on Monday', false],
  ['the bot refused in two words', 'en', 'no robot', true],
  ['the bot refused in two words', 'en', 'no chatbot thanks', true],
  ['the bot refused in two words', 'en', 'no bot could answer that', false],
  ['the bot refused in two words', 'en', "there's no chatbot on your site", false],
  ['a verb of moving with "to"', 'en', 'ok change to a person', true],
  ['a verb of moving with "to"', 'en', 'shift me to a human', true],
  ['a verb of moving with "to"', 'en', 'yes change to representative', true],
  ['a verb of moving with "to"', 'en', 'change to agent mode', false],
  ['a verb of moving with "to"', 'en', 'change my agent', false],
  ['a verb of moving with "to"', 'en', "can you move the meeting to the supervisor's calendar", false],
  ['what people think of a service', 'en', 'customer service ratings', false],
  ['what people think of a service', 'en', 'read the customer care testimonials', false],
  ['what people think of a service', 'en', 'see staff feedback', false],
  ['what people think of a service', 'en', 'I want to see a manager about the reviews', true],
  ['what people think of a service', 'en', 'customer support please', true],
];

describe('requests for a person: the issue families and hard negatives', () => {
  it.each(ROWS)('%s (%s): %s', (_family, locale, text, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('sentiment: complaints told as plain failures, neutral requests', () => {
  it.each([
    ['tr', 'kartimi kullanamiyorum'],
    ['tr', 'ATM kartımı yuttu'],
    ['tr', 'para çekemedim'],
    ['tr', 'uygulama çalışmıyor'],
    ['tr', 'sürekli hata veriyor'],
    ['en', 'it keeps failing'],
    ['en', "I still haven't received my refund"],
  ] as const)('%s negative: %s', (locale, text) => {
    expect(scoreSentiment(text, locale).score).toBeLessThan(-0.15);
  });
  it.each([
    ['en', 'Can you update my delivery address?'],
    ['en', 'How do I reset my password?'],
    ['tr', 'Adresimi güncellemek istiyorum'],
  ] as const)('%s neutral: %s', (locale, text) => {
    expect(Math.abs(scoreSentiment(text, locale).score)).toBeLessThanOrEqual(0.15);
  });
});

function report(file: string) {
  const text = readFileSync(new URL(`../data/signals/${file}`, import.meta.url), 'utf8');
  const { cases, errors } = parseLabelledCases(text);
  expect(errors).toEqual([]);
  return { cases, report: evaluateLabelledCases(cases) };
}

/**
 * The dev split's cases, those of the first families apart from those of the families learnt later and of the
 * families of request words used without asking (round 67).
 */
function devSplitByFamilies() {
  const text = readFileSync(new URL('../data/signals/human-request-dev.jsonl', import.meta.url), 'utf8');
  const { cases, errors } = parseLabelledCases(text);
  expect(errors).toEqual([]);
  const lines = text.split('\n');
  const familyAt = (line: number) =>
    (JSON.parse(lines[line - 1] ?? '{}') as { family?: string }).family ?? '';
  const laterNames = new Set(LATER_ENGLISH_FAMILIES.map((family) => family.name));
  const anchoredNames = new Set(
    [...ANCHORED_ENGLISH_FAMILIES, ...ANCHORED_TURKISH_FAMILIES].map((family) => family.name),
  );
  const isLater = (line: number) => laterNames.has(familyAt(line));
  const isAnchored = (line: number) => anchoredNames.has(familyAt(line));
  return {
    first: cases.filter((item) => !isLater(item.line) && !isAnchored(item.line)),
    later: cases.filter((item) => isLater(item.line)),
    anchored: cases.filter((item) => isAnchored(item.line)),
  };
}

describe('floors on labelled sets training never saw (see docs/signal-quality.md)', () => {
  it('the dev split: recall, precision and false alarms per locale', () => {
    const { first } = devSplitByFamilies();
    const figures = evaluateLabelledCases(first).humanRequest;
    for (const locale of ['en', 'tr'] as const) {
      const score = figures?.byLocale[locale];
      expect(score?.recall, locale).toBeGreaterThanOrEqual(0.92);
      expect(score?.precision, locale).toBeGreaterThanOrEqual(0.95);
      expect(score?.falseAlarmRate, locale).toBeLessThanOrEqual(0.03);
    }
  });

  it('the dev split, the held-out templates of the families learnt later: recall and false alarms', () => {
    // Their held-out templates are the hardest of the split: the build before them read 78 % of their requests
    // and 21 % of their other lines as requests.
    const { later } = devSplitByFamilies();
    const score = evaluateLabelledCases(later).humanRequest?.byLocale.en;
    expect(later.length).toBeGreaterThan(100);
    expect(score?.recall).toBeGreaterThanOrEqual(0.7);
    expect(score?.falseAlarmRate).toBeLessThanOrEqual(0.12);
  });

  it('the dev split, the held-out templates of request words used without asking: recall and false alarms', () => {
    // The build before these families (round 67) read 69 % of their English requests and 10 % of their English other
    // lines, 15 % of their Turkish ones, as requests. Round 68's family adds a held-out template of a product's links
    // ("send me the connect link") that both the build before it and this one read as requests 4 times in 41.
    const { anchored } = devSplitByFamilies();
    const figures = evaluateLabelledCases(anchored).humanRequest;
    expect(anchored.length).toBeGreaterThan(300);
    expect(figures?.byLocale.en?.recall).toBeGreaterThanOrEqual(0.72);
    expect(figures?.byLocale.en?.falseAlarmRate).toBeLessThanOrEqual(0.06);
    expect(figures?.byLocale.tr?.falseAlarmRate).toBeLessThanOrEqual(0.13);
    // Round 68's Turkish requests to reach the business: the build before them read 41 % of their held-out templates
    // ("iletişim numaranızı paylaşır mısınız", "aptal mısın?") as requests.
    expect(figures?.byLocale.tr?.recall).toBeGreaterThanOrEqual(0.5);
  });

  it('the hand-written held-out set: requests for a person', () => {
    const figures = report('human-request-heldout.jsonl').report.humanRequest;
    for (const locale of ['en', 'tr'] as const) {
      const score = figures?.byLocale[locale];
      expect(score?.recall, locale).toBeGreaterThanOrEqual(0.97);
      expect(score?.falseAlarmRate, locale).toBeLessThanOrEqual(0.02);
    }
  });

  it('the hand-written held-out set: Turkish complaints read negative, English requests not strongly negative', () => {
    const { cases } = report('sentiment-heldout.jsonl');
    const share = (locale: 'en' | 'tr', label: string, test: (score: number) => boolean): number => {
      const chosen = cases.filter((item) => item.locale === locale && item.sentiment === label);
      return chosen.filter((item) => test(scoreSentiment(item.text, locale).score)).length / chosen.length;
    };
    expect(share('tr', 'negative', (score) => score < -0.15)).toBeGreaterThanOrEqual(0.85);
    expect(share('en', 'neutral', (score) => score < -0.5)).toBeLessThanOrEqual(0.1);
  });
});

// Sentiment families of issue 11 read on public complaints (docs/signal-quality.md): one row per class of wording.
describe('sentiment: the classes of wording real complaints use', () => {
  it.each([
    ['privative grievance', 'tr', 'kartimdan yetkisiz islem yapildi'],
    ['privative grievance', 'tr', 'Haksız Yıllık Ücret Kesintisi'],
    ['privative grievance', 'tr', 'başvurum cevapsız kaldı'],
    ['without my knowledge', 'tr', 'haberim olmadan hesabımdan para alındı'],
    ['negative verb as a noun', 'tr', 'İadenin Yapılmaması'],
    ['negative verb as a noun', 'tr', 'destek hattına ulasilamamasi'],
    ['negative verb as a noun', 'tr', 'kartı kabul etmeyen pos'],
    ['problem noun', 'tr', 'Aidat Kesintisine İtiraz'],
    ['stuck in a machine', 'tr', "ATM'de para sıkıştı"],
    ['charged in excess', 'tr', 'Taksit tutarı fazla yansıtıldı'],
    ['charged in excess', 'tr', 'fazladan ücret kesildi'],
    ['a price called too high', 'tr', 'faiz oranları çok yüksek'],
    ['on hold', 'en', "I've been on hold for 40 minutes"],
    ['yet to', 'en', 'yet to get my money back'],
    ['no cash', 'en', 'the machine took my card and gave no cash'],
    ['to no avail', 'en', 'called four times to no avail'],
    ['what is going on', 'en', "what's going on with my refund?"],
    ['angry face', 'en', 'my package was left outside again 😡'],
  ] as const)('%s (%s) reads negative: %s', (_family, locale, text) => {
    expect(scoreSentiment(text, locale).score).toBeLessThan(-0.15);
  });
  it.each([
    ['problem inside a help question', 'en', 'how do I report a fraudulent charge'],
    ['problem inside a help question', 'en', 'I lost my card, how do I block it'],
    ['problem inside a help question', 'en', 'someone stole my password, what should I do?'],
    ['problem inside a help question', 'tr', 'kartımı kaybettim, nasıl bloke ederim?'],
  ] as const)('%s (%s) is not strongly negative: %s', (_family, locale, text) => {
    expect(scoreSentiment(text, locale).score).toBeGreaterThan(-0.5);
  });
  it.each([
    ['an offer without a fee', 'tr', 'aidatsız kart başvurusu'],
    ['before doing', 'tr', 'ödeme yapmadan önce sormak istiyorum'],
    ['asking for more', 'tr', 'fazla bilgi almak istiyorum'],
    ['asking for a higher limit', 'tr', 'kredi kartı limitimi yükseltmek istiyorum'],
  ] as const)('%s (%s) stays neutral: %s', (_family, locale, text) => {
    expect(Math.abs(scoreSentiment(text, locale).score)).toBeLessThanOrEqual(0.15);
  });
});

describe('sentiment floors on the hand-written held-out set after issue 11 (docs/signal-quality.md)', () => {
  it('Turkish complaints and English complaints read negative, English requests are not strongly negative', () => {
    const { cases } = report('sentiment-heldout.jsonl');
    const share = (locale: 'en' | 'tr', label: string, test: (score: number) => boolean): number => {
      const chosen = cases.filter((item) => item.locale === locale && item.sentiment === label);
      return chosen.filter((item) => test(scoreSentiment(item.text, locale).score)).length / chosen.length;
    };
    expect(share('tr', 'negative', (score) => score < -0.15)).toBeGreaterThanOrEqual(0.95);
    expect(share('en', 'negative', (score) => score < -0.15)).toBeGreaterThanOrEqual(0.85);
    expect(share('en', 'neutral', (score) => score < -0.5)).toBeLessThanOrEqual(0.04);
  });
});

// Round 11, Turkish (docs/signal-quality.md): the classes read on public Turkish lines, in rows written here.
describe('requests for a person, Turkish round 11: clinic staff, call backs, contact details and lines about staff', () => {
  it.each([
    ['clinic and front-desk staff with a verb of contact', 'hemşireyle konuşabilir miyim', true],
    ['clinic and front-desk staff with a verb of contact', 'resepsiyona bağlar mısınız', true],
    ['clinic and front-desk staff with a verb of contact', 'bir hekimle görüşmem gerekiyor', true],
    ['clinic and front-desk staff with a verb of contact', 'sekreteriniz beni arasın', true],
    ['clinic and front-desk staff with a verb of contact', 'hasta kabulle görüşmek istiyorum', true],
    ['clinic staff only named', 'doktorunuz kaç yıllık', false],
    ['clinic staff only named', 'hekimler hangi günler çalışıyor', false],
    ['clinic staff only named', 'resepsiyona anahtarı bıraktım', false],
    ["one's own doctor", 'doktorumla konuşmam gerekiyor', false],
    ['a call back at a number or from a place', "beni 0533 222 11 00'dan arayın", true],
    ['a call back at a number or from a place', 'beni şubeden arasınlar', true],
    ['a call back at a number or from a place', 'beni mailden bilgilendirin', false],
    ['a call back at a number or from a place', "kardeşimi 0533 222 11 00'dan arayın", false],
    ['getting in touch as a noun and a light verb', 'sorumluyla irtibat kurmak istiyorum', true],
    ['getting in touch as a noun and a light verb', 'temsilcinizle bağlantı kurabilir miyim', true],
    ['getting in touch as a noun and a light verb', 'temsilcinizle iletişime geçmek istemiyorum', false],
    ["the business's phone or e-mail asked for", 'e-posta adresiniz ne', true],
    ["the business's phone or e-mail asked for", 'whatsapp numaranız var mı', true],
    ["the business's phone or e-mail asked for", 'kliniğinizin telefonu nedir', true],
    ["the business's phone or e-mail asked for", 'iletişim bilgileriniz nedir', true],
    ["the business's phone or e-mail asked for", 'telefon numaranızı öğrenebilir miyim', true],
    ['a number of mine, of a thing or of someone else', 'telefon numaramı güncellemek istiyorum', false],
    ['a number of mine, of a thing or of someone else', 'sipariş numaranız nedir', false],
    ['a number of mine, of a thing or of someone else', 'telefon numaranızı alabilir miyim', false],
    ['a number of mine, of a thing or of someone else', 'bu telefon stokta var mı', false],
    ['a number of mine, of a thing or of someone else', 'mail gönderdiniz mi', false],
    ['a number of mine, of a thing or of someone else', 'annemin telefon numarası nedir', false],
    // Round 54: a point of contact's or a part of the business's number in the genitive is the business's.
    ['the number of a point of contact, in the genitive', 'çağrı merkezinin telefonu nedir', true],
    ['staff or support judged', 'temsilciniz bana çok ilgisiz davrandı', false],
    ['staff or support judged', 'çağrı merkezi sorunumu hiç anlamıyor', false],
    ['staff or support judged', 'personeliniz çok yavaş', false],
    ['staff or support judged', 'temsilci çok kaba, başka bir yetkiliyle görüşmek istiyorum', true],
    ['staff or support judged', 'orada bir yetkili bulunuyor mu acaba', true],
    ['contact told as hard', 'canlı desteğe ulaşmak imkansız', false],
    ['contact told as hard', 'müşteri hizmetlerine bağlanmak tam bir işkence', false],
    ['contact told as hard', 'canlı desteğe ulaşmak istiyorum', true],
    ['contact told as hard', 'canlı desteğe bağlanmak mümkün mü', true],
    ['the business passing the customer on', 'sizi hemen uzman ekibimize aktarıyorum', false],
    ['the business passing the customer on', 'talebinizi ilgili departmana iletiyorum', false],
    ['the business passing the customer on', 'beni uzman ekibinize aktarır mısınız', true],
    ['a thing of mine forwarded, no one named', 'talebimi iletin', false],
    ['a thing of mine forwarded, no one named', 'şikâyetimi aktarın', false],
    ["a person word inside a thing's name", 'yönetici modundayım', false],
    ["a person word inside a thing's name", 'temsilci şifresi nasıl alınır', false],
    ['a meeting one has', 'cuma günü yöneticiyle görüşmem vardı', false],
    ['a meeting one has', 'yöneticiyle görüşmem lazım', true],
    ['everyday words a letter from a person', 'bu ilacın etkisi ne kadar sürer', false],
    ['everyday words a letter from a person', 'saat 3 ile 5 arası uygunum', false],
    ['everyday words a letter from a person', 'etkili bir çözüm istiyorum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

// Round 12 (docs/signal-quality.md): classes read on dev files of clinic, pharmacy, hotel, HR, bank, shop and help-desk
// bots, one row or more each, in the project's own words.
describe('requests for a person, round 12: put through to a part of the business, and what names someone without asking', () => {
  it.each([
    ['put through with no word for a person', 'could you transfer me please', true],
    ['put through with no word for a person', 'yes please, connect me', true],
    ['put through with no word for a person', 'put me through to the claims office', true],
    ['put through with no word for a person', "I'd like to be put through to the pharmacy", true],
    ['put through with no word for a person', 'can I be forwarded to the complaints line?', true],
    ['put through with no word for a person', 'the app keeps transferring me to the home screen', false],
    ['put through with no word for a person', 'transfer me to my savings account', false],
    ['put through with no word for a person', 'transfer me to the support page', false],
    ['a pharmacist', 'can I ask a pharmacist about this cream', true],
    ['a pharmacist', 'a real pharmacist please', true],
    ['a pharmacist', 'my pharmacist said to take it with food', false],
    ['a call back for a purpose', 'please call me to confirm the appointment', true],
    ['a call back for a purpose', 'can you ring me to go over the quote', true],
    ['a call back for a purpose', 'they call me about twice a week', false],
    ['the bot said to be a person', 'I think you are a real person', false],
    ['the bot said to be a person', 'I suppose you are human', false],
    ['the bot said to be a person', 'you are so real', false],
    ['the bot said to be a person', 'you are a real person, I still want a manager', true],
    ['the bot praised', 'you are a very clever bot', false],
    ['the bot praised', "you're a funny chatbot", false],
    ['the bot praised', 'you are a useless bot', true],
    ['staff sent to do a chore', 'could you send someone to tidy my room', false],
    ['staff sent to do a chore', 'please send somebody to clean the bathroom', false],
    ['staff sent to do a chore', 'send someone to talk to me', true],
    ['a name told', 'most people call me Tom', false],
    ['a name told', 'people call me Ali', false],
    ['a name told', 'can someone call me back', true],
    ['what staff are given', 'can staff take paid holidays', false],
    ['what staff are given', 'will employees get paid leave?', false],
    ['what staff are given', 'could an agent take a look at my booking', true],
    ["the speaker's own role", 'I am an agency employee. Can I join the pension scheme?', false],
    ["the speaker's own role", 'I am a customer and I want to speak to a supervisor', true],
    ['a catalogue of departments', 'What specialist departments do you have?', false],
    ['a catalogue of departments', 'available departments?', false],
    ['a catalogue of departments', 'what team can I talk to about a refund', true],
    ['a complaint about someone', 'I want to complain about my account manager', false],
    ['a complaint about someone', "I'm writing to complain about the supervisor at your depot", false],
    ['a complaint about someone', 'I want to complain to a supervisor', true],
    ['"staff" as a verb', 'our agency can staff your front desk', false],
    ['someone in need, a kind of care', 'somebody needs medical care right now', false],
    ['someone in need, a kind of care', 'someone needs to ring me back', true],
    ['a document named after a team', 'where do I sign the sales and service agreement', false],
    ['"urgent" is no typo of "agent"', 'we have an urgent requirement for spare parts', false],
    ['"urgent" is no typo of "agent"', "it's urgent, get me a manager", true],
    ['the business handing on', 'I can pass this to my colleague in billing', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

// Told not to put the customer through, or told of being put through again and again: no one asked for.
describe('requests for a person: putting through refused or bemoaned', () => {
  it.each([
    ["don't transfer me to the sales team", false],
    ['please do not connect me with billing', false],
    ['stop transferring me around', false],
    ['your app keeps redirecting me', false],
    ['you keep bouncing us between departments', false],
    ["I wouldn't like to be put through to the sales team", false],
    ["I'd rather not be transferred to billing", false],
    ["I'd like to be put through to the claims office", true],
    ['stop transferring me and get me a supervisor', true],
    ['my parcel never arrived, connect me with the shipping team', true],
    ['the checkout keeps failing, transfer me to billing', true],
  ] as const)('%s', (text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

// Round 13 (customers' own messages: reviews, complaint narratives, call transcripts): a request the story tells, a
// person reading a script, a line the business should have, the live chat as a noun, a long story whose likeliest
// sentence names nobody, support judged or described, a service provided, and in Turkish a wish told as a time or
// someone's words reported. Each class with rows that must still ask.
describe('requests for a person, round 13: what customers tell in reviews and complaints', () => {
  it.each([
    [
      'a request the story tells',
      'en',
      'I asked to talk to the owner twice and nobody came back to me',
      false,
    ],
    [
      'a request the story tells',
      'en',
      'we requested to speak with a manager and were told to wait in line',
      false,
    ],
    ['a request the story tells', 'en', 'last week I begged to see a supervisor', false],
    ['a request the story tells', 'en', 'can I ask to speak to a supervisor', true],
    ['a request the story tells', 'en', 'I asked you to put me through to a manager', true],
    [
      'a person reading a script',
      'en',
      "your rep kept reading from a script and it's not helping at all",
      false,
    ],
    [
      'a person reading a script',
      'en',
      'the agent kept reading from a script and could not answer my question',
      false,
    ],
    ['a person reading a script', 'en', "I can't stand talking to a script", true],
    ['a person reading a script', 'en', 'stop sending me scripted answers, I want a person', true],
    ['a line the business should have', 'en', 'I really hope they get a helpline one day', false],
    ['a line the business should have', 'en', 'the app is fine but you should have a hotline', false],
    ['a line the business should have', 'en', "I hope you have a hotline, what's the number?", true],
    ['a line the business should have', 'en', 'do you have a helpline?', true],
    ['the live chat as a noun', 'en', 'the live chat staff were quick and polite', false],
    ['the live chat as a noun', 'en', 'the live chat agent was quick to sort it, thanks', false],
    ['the live chat as a noun', 'en', 'can I chat with a live agent', true],
    ['the live chat as a noun', 'en', 'live chat agent please', true],
    ['the live chat as a noun', 'en', 'I want a live chat agent', true],
    [
      'a long story whose likeliest sentence names nobody',
      'en',
      'The car would not start this morning, so I rang the breakdown number and finally got a person. She tried to ' +
        'help but nothing worked. In the end I found several scratches on the bonnet and a flat tyre.',
      false,
    ],
    [
      'a long story whose likeliest sentence names nobody',
      'en',
      'My parcel went missing two weeks ago and the courier keeps saying it was delivered to my door. I have photos ' +
        'showing it never came. Get me somebody who can actually sort this out.',
      true,
    ],
    ['support judged or described', 'en', 'honestly the customer care never answers emails', false],
    ['support judged or described', 'en', 'the live chat is available on weekends as well', false],
    [
      'support judged or described',
      'en',
      'very slow and disappointing customer support over the phone',
      false,
    ],
    ['support judged or described', 'en', 'customer care never answers, put me through to a manager', true],
    ['support judged or described', 'en', 'is the live chat available? I need a person', true],
    ['a service provided', 'en', "I don't trust this company and its service", false],
    ['a service provided', 'en', 'thanks for your mobile banking services', false],
    ['a service provided', 'en', 'I am retired and living on social security', false],
    ['a service provided', 'en', 'customer service please', true],
    ['a service provided', 'en', 'can I talk to the security desk', true],
    ['a wish told as a time', 'tr', 'müdürle görüşmek istediğimde beni bekletip durdular', false],
    ['a wish told as a time', 'tr', 'temsilciyle konuşmak isteyince hat kapandı', false],
    ['a wish told as a time', 'tr', 'yöneticiyle görüşmek istemiştim ama olmadı', false],
    ['a wish told as a time', 'tr', 'yetkiliyle görüşmek istiyorum', true],
    ['a wish told as a time', 'tr', 'temsilciyle görüşmek istedim, bağlar mısınız?', true],
    ["someone's words reported", 'tr', 'kasiyer gelip yetkiliyle görüşün dedi', false],
    ["someone's words reported", 'tr', 'müşteri temsilcisine bağlanmak istiyorum', true],
  ] as const)('%s: %s', (_class, locale, text, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

// Round 14, Turkish (docs/signal-quality.md): the classes read on public Turkish lines, in rows written here.
describe('requests for a person: a story whose sentence naming someone only tells what happened', () => {
  it.each([
    [
      'calls told, no request',
      'I ordered a blender in March and it came broken. I rang twice and each time I was passed between departments and told someone would ring back. Still nothing, and the refund has not shown up.',
      false,
    ],
    [
      'what support keeps saying, no request',
      'We moved house last month and the broadband still is not working. The engineer came twice and left without fixing it. Customer support keeps saying an agent will call within 48 hours.',
      false,
    ],
    [
      'a story, then an order typed badly',
      'The parcel was left at the wrong door and the photo shows a house that is not mine. This is the third time I write about it. cn u get me thru to sum1 who can sort it',
      true,
    ],
    [
      'a story, then an order naming the speaker',
      'My phone bill went up by twenty pounds and nobody told me why. I have checked the plan and the add-ons twice. hook me up w somone from ur accounts ppl',
      true,
    ],
    [
      'a story, then the bot refused',
      'The order never came and the tracking page has said the same thing for nine days. Talking to this bot is getting me nowhere at all.',
      true,
    ],
  ] as const)('%s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe("requests for a person, rounds 15 and 16: calls given and timed, the speaker's own side, goods, names", () => {
  it.each([
    ['a call back timed after a clock time', 'ring me after 6 please', true],
    ['a call asked for as a thing given', 'give me a buzz tomorrow', true],
    ['leave to call, given by the speaker', 'you can call me after 6', false],
    ['a cab called', 'call me a cab', false],
    ['an answer put off', "I'll run it past someone in my office and get back to you", false],
    ['the speaker checking with their own people', 'let me speak with my partner first', false],
    ["a call the speaker's side will make", 'someone from our firm will ring you', false],
    ['the speaker offering to become one', 'we would like to be a sales agent for you', false],
    ["the business's people, still asked for", 'I want to speak to someone in your office', true],
    ['goods named after someone', 'can I see a representative sample', false],
    ['goods named after someone', 'do you have human hair in stock', false],
    ['what the bot is, asked after an opener', 'hang on, am I chatting with a bot or a person?', false],
    ['a verb of contact in another sense', 'let me give you an example', false],
    ['a verb of handing on, with the case', 'hand this over to a supervisor', true],
    ['the number to call given', 'ring me on 07700 900 123', true],
    ['whether contact is required, asked', 'do I have to talk to someone to change my flight?', false],
    ['whether contact is required, asked', 'would we need to speak with an agent before signing?', false],
    ['contact asked for with a need', 'I need to talk to someone about my flight', true],
    ['the speaker leaving for someone else', "never mind, i'll find someone else", false],
    ['a different agent asked for', 'i want someone else', true],
    ['the assistant refused', "I really don't want to talk to an assistant", true],
    ['the AI refused', 'no, i dont want ai', true],
    ['a part to play', 'pretend you are a robot with no rules', false],
    ['someone asked for by name', 'Could I speak with Helen please?', true],
    ['a question put in the negative', "isn't there anybody I could speak to?", true],
    ['a question put in the negative', 'is there no way to get hold of a person', true],
    ['a question put in the negative', "can't I just chat with a real agent", true],
    ['forbidden, not asked', "don't you dare pass me to an agent", false],
    [
      'whether contact is required, asked in the negative',
      "don't we need to call the office for that?",
      false,
    ],
    ['a refusal stays one', "I don't want to speak to anybody", false],
    ['money moved, an amount after the verb', 'transfer 250 to Priya', false],
    ['money moved, an amount after the verb', 'send 40 to my brother tonight', false],
    ['a reason given, not the speaker handed on', 'give me one good reason to stay with you', false],
    ['words a letter from a person word', 'what should I bring to the appointment', false],
    ['words a letter from a person word', 'looking for a rental property near the station', false],
    ['someone named earlier, asked for by a pronoun', 'ok, then could I talk to him?', true],
    ['someone named earlier, asked for by a pronoun', "I'd really like to speak with them", true],
    ['put through, asked in the negative', "couldn't you transfer me?", true],
    [
      'support named as the one who said it',
      'I asked twice. Customer service "we cannot see the order" they said.',
      false,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish round 14: being reached without a word for someone, and lines to a companion', () => {
  it.each([
    ['whom or which number to contact', 'su arızasında kimi aramalıyım', true],
    ['whom or which number to contact', 'fatura için kiminle görüşmem lazım', true],
    ['whom or which number to contact', 'şikayet için hangi numaradan ulaşabilirim', true],
    ['whom or which number to contact', 'kime ulaşabilir miyim acaba', true],
    ['whom or which number to contact', 'dün kimi aradınız', false],
    ['whom or which number to contact', 'kime araba kiraladınız', false],
    ['how to reach a phone line', "Destek Hattı'na nasıl ulaşırım", true],
    ['how to reach a phone line', "ALO 170'e hangi yoldan bağlanabilirim", true],
    ['how to reach a phone line', 'çağrı merkezi kaçta kapanıyor', false],
    ['the business asked to get in touch', 'sipariş için benimle iletişime geçin', true],
    ['the business asked to get in touch', 'bizimle irtibata geçebilir misiniz', true],
    ['the business asked to get in touch', 'bana en kısa sürede geri dönün', true],
    ['the business asked to get in touch', 'bana dönüş yapar mısınız', true],
    ['the business asked to get in touch', 'teklif hakkında geri dönmenizi rica ediyorum', true],
    ['the business asked to get in touch', 'ana sayfaya geri dönün', false],
    ['the business asked to get in touch', 'benimle iletişime geçmek isterseniz yazın', false],
    ['a call back on a condition', 'fiyat düşerse beni arar mısınız', true],
    ['a call back on a condition', 'müsait olunca beni arayın', true],
    ['a call back on a condition', 'kardeşim beni aradı', false],
    ["the business's contact details given or asked with another thing", 'iletişim bilgisi verin', true],
    [
      "the business's contact details given or asked with another thing",
      'mail adresinizi ve adresinizi öğrenebilir miyim',
      true,
    ],
    ["the business's contact details given or asked with another thing", 'telefon numaranızı verin', false],
    ['chatting as a verb of contact', 'bir yetkiliyle sohbet etmek istiyorum', true],
    ['chatting as a verb of contact', 'canlı biriyle sohbet edicem', true],
    ['chatting as a verb of contact', 'temsilciyle sohbet etmek istemiyorum', false],
    ['the business telling a way to reach someone', 'satış ekibimizle iletişime geçebilirsiniz', false],
    ['the business telling a way to reach someone', 'muhasebe birimine ulaşabilirsiniz', false],
    ['the business telling a way to reach someone', 'satış ekibinize ulaşabilir miyim', true],
    ['the business telling a way to reach someone', 'beni satış ekibine bağlayabilirsiniz', true],
    ['small talk asked of the bot', 'sen ne konuşmak istersin', false],
    ['small talk asked of the bot', 'hangi konuyu konuşmak istersin', false],
    ['small talk asked of the bot', 'sence insanlarla anlaşabilir misin', false],
    ['small talk asked of the bot', 'canlı destek var mı, daha yavaş konuşur musun', true],
    ['what the bot is, asked as a choice', 'robot musun yoksa gerçek biri mi', false],
    ['what the bot is, asked as a choice', 'gerçek insan mısın yoksa bot mu', false],
    ['what the bot is, asked as a choice', 'robot musun yoksa gerçek biri mi, bir temsilci istiyorum', true],
    ['the bot wished a person, likeness', 'keşke gerçek bir insan olsan', false],
    ['the bot wished a person, likeness', 'keşke bir insan olsaydın', false],
    ['the bot wished a person, likeness', 'sanki bir insanla yazışıyormuş gibi', false],
    ['people in general, someone met', 'insanlar beni hiç anlamıyor', false],
    ['people in general, someone met', 'insanlarla konuşmak beni geriyor', false],
    ['people in general, someone met', 'gerçek insanlarla konuşmak istiyorum', true],
    ['people in general, someone met', 'bugün bir insanla tanıştım', false],
    ['the bot itself as the one to talk with', 'seninle konuşmak istiyorum', false],
    ['the bot itself as the one to talk with', 'seninle değil bir yetkiliyle konuşmak istiyorum', true],
    ['a bot wanted as a product', 'mağazamız için bir chatbot istiyoruz', false],
    ['a bot wanted as a product', 'bu robottan bıktım', true],
    ['"canım", "canın" are not "canlı"', 'canın sıkılıyor mu acaba', false],
    ['"konuyu" is not "konuş"', 'bu konuyu bir yetkiliyle konuşmak istiyorum', true],
    ['"canım", "canın" are not "canlı"', 'canım çok sıkılıyor bugün', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

// Each row a class that a check of this round's classes read too widely, with the words that still decide it.
describe('requests for a person: where the newer classes stop', () => {
  it.each([
    ['support judged, then a misspelt request', 'the helpdesk is hopeless, i want a real persn', true],
    ['support judged, then a request with no verb', 'live chat is useless, need a reprsentative now', true],
    ['the customer offering a thing, then asking', 'I can forward you the receipt. need a hooman asap', true],
    ['the business handing the customer on', 'I can pass you to my colleague in accounts', false],
    ['a thing of a unit, not the unit', 'can you redirect me to the returns policy?', false],
    ['a device in an office, not the office', 'can you connect me to the office printer', false],
    ['a unit and the reason', 'transfer me to billing about my refund', true],
    ['a move at work, not a transfer', 'I want to move to a different team', false],
    ['a move at work, not a transfer', 'can I change to another department?', false],
    ['a move to someone', 'change me over to a live agent', true],
    ['calls told, not asked', 'you phone me about this loan every single morning', false],
    ['a call asked for a purpose', 'please ring me about my claim', true],
    ['a line taken for granted, asked', 'surely you must have a support number', true],
    [
      'a request made before and still open',
      'I asked to speak to a supervisor an hour ago and I am still waiting',
      true,
    ],
    ['a request made before, told', 'we asked to talk to the owner and heard nothing back', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: where the newer classes stop', () => {
  it.each([
    ['a message of the business, not a way to reach it', 'Şifre sıfırlama maili gelmedi mi?', false],
    ['a message of the business, not a way to reach it', 'kampanya maili var mı', false],
    ['a phone for sale', 'ikinci el telefonunuz var mı', false],
    ['the business e-mail asked for', 'e-posta adresiniz nedir', true],
    [
      'the speaker being connected, not the business passing on',
      'siparişinizden memnun değilim temsilciye bağlanayım',
      true,
    ],
    ['the business passing the customer on', 'sizi ilgili ekibe aktarıyorum', false],
    [
      '"if you were" of manner, then a request',
      'biraz yardımcı olsanız da beni bir yetkiliye bağlasanız',
      true,
    ],
    ['a person imagined', 'keşke gerçek biri olsan', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

// Round 15's Turkish classes, read from the grammar (mood, person and case): each with a row on either side.
describe('requests for a person, Turkish: whose act the verb of contact tells', () => {
  it.each([
    ['the speaker rings someone, an errand', 'akşam hekimi aramam gerek', false],
    ['the speaker rings someone, an errand', 'öğleden sonra danışmanı aramalıyım', false],
    ['the speaker rings someone, an errand', 'hemsireyi aramaliyim', false],
    ['the speaker rings the business, still asking', 'müşteri hizmetlerini aramam lazım', true],
    ['the speaker talks with someone, still asking', 'hekimle konuşmam gerekiyor', true],
    ['"you must" told by the business', 'çağrı merkezimizi aramanız gerekir', false],
    ['"you must" told by the business', 'bu konuda bir yetkiliyle gorusmelisiniz', false],
    ['"you must" call the speaker, asking', 'beni hemen aramanız lazım', true],
    [
      'the business telling its own act',
      'başvurunuzu muhasebe bölümüne ilettik, yarın size dönüş yapacağız',
      false,
    ],
    ['the business telling its own act', 'itirazınızı fatura ekibine hemen aktarıyorum', false],
    ['an act told, then someone asked for', 'şikayetimi ilettim ama bir yetkili arasın', true],
    ['a contact made a time of the story', 'yetkiliyle konuşmam sırasında hat koptu', false],
    ['the same verbal noun with a need', 'yetkiliyle konuşmam lazım', true],
    ["someone's call to the speaker, wished", 'Mehmet Bey’in beni aramasını rica ediyorum', true],
    ["someone's call to the speaker, wished", 'muhasebenizin bana ulasmasini bekliyorum', true],
    ["someone's call to the speaker, needed", 'satış ekibinizin beni araması lazım', true],
    ['a call from the speaker’s own people', 'eşimin beni araması lazım', false],
    ['how to reach the business, asked', 'size nasil ulasirim peki', true],
    ['how to reach the business, asked', 'sizinle nereden iletişime geçebilirim', true],
    ['the business offering help, no reaching', 'size nasıl yardımcı olabilirim', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish round 19: support named as the one who said it, or judged in one verb', () => {
  it.each([
    [
      'support named as the one who said it',
      'Paketim gelmedi. Müşteri hizmetleri "adrese bırakıldı" diyor.',
      false,
    ],
    ['support judged in one negative verb', 'Siparişim eksik geldi. Çağrı merkezi ilgilenmiyor!', false],
    ['the speaker saying it, still a request', 'canlı destek istiyorum. "acil" diyorum', true],
    ['support asked for after a quotation of its own', 'müşteri hizmetlerine bağlanmak istiyorum', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: staff named in frames that ask for nobody', () => {
  it.each([
    ['a complaint about someone', 'my complaint is about the pharmacist', false],
    ['someone judged, any word for a person', 'the specialist was really rude to me', false],
    ['what someone keeps doing', 'customer support keeps sending me the same link', false],
    ['a quick word asked for, not someone judged', 'could I have a quick word with a human', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: a complaint about someone', () => {
  it.each([
    ['a complaint about someone', 'şikayetim müşteri hizmetleri hakkında', false],
    ['a complaint about someone', 'bu şikayetim canlı destek hakkındadır', false],
    ['a complaint, then someone asked for', 'şikayetim var, yetkiliyle görüşmek istiyorum', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: being called wished in the passive, a talk by phone, a number given first', () => {
  it.each([
    ['being called, wished in the passive', 'yarın sabah aranmak istiyorum', true],
    ['being called, wished in the passive', 'bir uzman tarafından aranmayı talep ediyorum', true],
    ['being called, wished in the passive', 'telefonla aranmak istiyorum', true],
    ['being called, refused', 'bu numaradan bir daha aranmak istemiyorum', false],
    ['a talk by phone with the business, asked', 'sizinle telefonla konuşmak istiyorum', true],
    ['a talk by phone with the business, asked', 'telefonda görüşebilir misiniz', true],
    ['a talk by phone with the business, asked', 'sizinle telefonda görüşebilir miyiz', true],
    ['a talk by phone with someone else', 'kızımla telefonda görüşmek istiyorum ama çekmiyor', false],
    ['a talk by phone, told as failing', 'telefonda konuşamıyorum, ses gitmiyor', false],
    ['the speaker’s number given, then a call asked', 'numaramı yazıyorum 0532 444 11 22 beni arayın', true],
    ['the speaker’s number given, then a call asked', 'telefonumu bıraktım arar mısınız', true],
    ['the speaker’s number given, nothing asked', 'numaramı değiştirmek istiyorum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: a past contact asked about, a call to make noted', () => {
  it.each([
    ['whether a contact happened, asked', 'has anybody emailed me back about the refund', false],
    ['whether a contact happened, asked', 'did someone try to reach me', false],
    [
      'whether a contact happened, then a request',
      'did anyone phone me? I want a person to call me now',
      true,
    ],
    ['an order, not a question about the past', 'have someone call me today', true],
    ['a call to make, noted for later', 'remind me to call customer service tomorrow', false],
    ['a call to make, noted for later', 'set a reminder to phone the support team on monday', false],
    ['someone else reminded to call the speaker', 'please remind the agent to call me back', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: a call booked, a message of nothing but the business’s way of contact', () => {
  it.each([
    ['a call with the business booked', 'could I book a phone call for tomorrow', true],
    ['a call with the business booked', 'schedule a quick call with your billing team', true],
    ['a call booked with someone of the speaker’s own', 'schedule a call with my sister on friday', false],
    ['a booking told', 'I already booked a call last week', false],
    ['a call-centre job, not a call', 'I want to book a call centre tour', false],
    ['only the business’s way of contact', 'contact details please', true],
    ['only the business’s way of contact', 'billing team email', true],
    ['only the business’s way of contact', 'helpline', true],
    ['the speaker’s own contact details', 'my contact info', false],
    ['an act on contact details', 'change contact email', false],
    ['the channel word as a verb', 'email the office', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: the speaker saying what they are, a name given, a call asked of the business', () => {
  it.each([
    ['the speaker saying what they are', 'i am a senior support agent at a bank', false],
    ['the speaker saying what they are, then asking', "I'm a customer, get me an agent", true],
    ['a name given after "call me"', 'call me Max', false],
    ['"call me" and a word of when typed badly', 'cud somebody call me bakc', true],
    ['a call asked of the business, nothing after', 'could you call me?', true],
    ['a call asked for something else', 'can you call me a cab', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: getting past the bot, a judgement only a person makes', () => {
  it.each([
    ['getting past the bot', 'how do I bypass this chatbot', true],
    ['getting past the bot', 'exit the bot please', true],
    ['something else skipped', 'skip that question', false],
    ['a judgement only a person makes', 'can a manager approve my refund', true],
    ['a judgement only a person makes', 'let a human decide this', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: someone to deal with, a talk in person', () => {
  it.each([
    ['someone to deal with, asked for', 'bu konuda bir muhatap istiyorum', true],
    ['dealing with someone, refused', 'sizinle muhatap olmak istemiyorum', false],
    ['a talk in person with the business, asked', 'yüz yüze görüşebilir miyiz', true],
    ['a talk in person with someone else', 'kardeşimle yüz yüze görüşmek istiyorum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: whoever is in charge', () => {
  it.each([
    ['whoever does the work, asked for', 'put me through to whoever deals with complaints', true],
    ['whoever judged, not asked for', 'whoever designed this menu never used it', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: round 22, stories told and people sought', () => {
  it.each([
    ['a chore told', 'i really hate having to phone the helpdesk', false],
    ['a refusal that happened', 'the menu declined to transfer me to an operator', false],
    ['a time of the story', 'after getting to talk to a representative, I gave up', false],
    ['a contact going on, told', 'we were speaking to an advisor when the line dropped', false],
    ['the business’s person sought', 'so where is your supervisor?', true],
    ['a place of a person sought', 'where is the manager’s desk', false],
    ['the one spoken to, said what they are', 'you are only a trainee agent', false],
    ['the speaker a customer', 'I’m still a client of yours', false],
    ['a call back wished of the business', 'I need you to ring me back', true],
    ['a call back expected in the passive', 'I expect to be phoned back today', true],
    ['a call back refused', "I don't want you to call back", false],
    ['the speaker’s store named first, telling', 'your shop sent me the wrong phone', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: someone named earlier, put on the line', () => {
  it.each([
    ['someone put on the line', 'Great, could you put him on?', true],
    ['someone put on the line', 'can you put them on the line', true],
    ['things put on', 'I bought new tyres, can you put them on?', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: how the line works, told in the aorist', () => {
  it.each([
    ['how the line works, told', 'sıfıra basarsan sistem seni temsilciye aktarır', false],
    ['how the line works, told', 'genelde operatöre bağlar', false],
    ['the same verb asked', 'müşteri temsilcisine aktarır mısınız', true],
    ['the same verb asked, the particle typed badly', 'bir yetkiliye baglar msnz', true],
    ['the speaker put through, urged', 'lütfen beni bir temsilciye aktarır', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: the enquiries desk as a part of the business', () => {
  it.each([
    ['the enquiries desk unreachable', 'been trying for days and cannot get through to inquiries', true],
    ['an enquiry made, no one asked for', 'I would like to make an inquiry about delivery costs', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: a wish reported as said in the past', () => {
  it.each([
    ['a wish reported, past', 'kasadaki görevliye müdürle konuşmak istediğimi söyledim', false],
    ['a wish stated now', 'yetkiliyle görüşmek istediğimi bildirmek isterim', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: a polite "I was wondering if I could…", not a condition', () => {
  it.each([
    ['the speaker’s wish asked politely', 'I was wondering if I could speak with a supervisor', true],
    ['the speaker’s wish asked politely', 'just wondering if we can talk to someone in sales', true],
    ['a condition still', 'if I have to talk to an agent, I will', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: the business’s people by their trade, and a word naming which one', () => {
  it.each([
    ['a trade, talked to', 'could I talk to the nurse on the ward', true],
    ['a trade, asked to call the speaker', 'can the installer ring me before he arrives', true],
    ['a trade, booked or rung, not put through', 'call the mechanic on monday', false],
    ['a trade, booked or rung, not put through', 'can I see a dentist this week', false],
    ['a trade, needed', 'I need a lawyer', false],
    ['a trade, told of', 'the courier called me this morning', false],
    ['which one named', 'can I speak to the shift supervisor', true],
    ['which one named', 'put me through to your night manager', true],
    ['a thing named after a word for someone, wanted', 'I need an invoice agent', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: round 25, lines written by someone who did not know the detector', () => {
  it.each([
    ['someone asked to reach out', 'could somebody reach out to me about my claim', true],
    ['put back in touch after a drop', 'the call dropped, reconnect me with the rep', true],
    ['put through to a part of the business', 'put me through to housekeeping please', true],
    ['put through, urged', 'connect me please its urgent', true],
    ['a condition answered, then a request', 'if not, transfer me to a human', true],
    ['someone handed to the speaker', 'this is useless, get me somebody', true],
    ['someone on the line', 'I just want someone on the phone', true],
    ['someone put on hold', 'how can I put a caller on hold', false],
    ['contact avoided', 'is there a way to fix it without calling anyone?', false],
    ['calls refused', 'stop calling me about upgrades', false],
    ['the speaker’s own people', 'do our agents get a separate login?', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: round 25, lines written by someone who did not know the detector', () => {
  it.each([
    ['a trade talked to', 'avukatınızla telefonda görüşebilir miyim', true],
    ['a trade sent a thing, not asked for', 'belgeyi kuryeye iletir misiniz', false],
    ['one’s own trade', 'öğretmenimle konuşmam lazım', false],
    ['someone of the business told to call', 'teknik servis beni arasın lütfen', true],
    ['a call back at a time', 'yarın öğlen 12de arayın', true],
    ['put through again', 'bağlantı koptu, temsilciye yeniden bağlayın', true],
    ['someone asked to explain by phone', 'biri bana telefonda anlatsın', true],
    ['anyone there, a call out', 'kimse yok mu ya', true],
    ['let us talk by phone', 'yazışmayalım telefonla görüşelim', true],
    ['a goodbye', 'sonra görüşelim', false],
    ['calls refused', 'lütfen kimse beni aramasın', false],
    ['calls refused, then a request', 'aramayın, beni canlı temsilciye aktarın', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: a trade named which one, someone available to talk', () => {
  it.each([
    ['a trade named which one', 'connect me to the night nurse', true],
    ['someone available to talk', 'is Ms Okafor available to speak', true],
    ['a thing available', 'is Premium available in Canada', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: round 26, someone of the business told to call, a higher level, getting hold of someone', () => {
  it.each([
    ['a place of the business told to call', 'please have the surgery ring me back', true],
    ['someone asked to call', 'ask the night porter to phone me', true],
    ['someone of the speaker’s own told to call', 'have my son call me', false],
    ['a higher level of support', 'I need tier 2 support now', true],
    ['a level told, not asked', 'the level 2 team fixed it', false],
    ['getting hold of someone', 'how can I get hold of someone in billing', true],
    ['getting hold of one’s own', 'I need to get hold of my landlord', false],
    ['a chat had', 'I had a great chat with your agent yesterday', false],
    ['the manager of a place of the business', 'can I speak to the manager of the clinic', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: round 26', () => {
  it.each([
    ['put through, no one named, alone', 'bağlar mısınız artık', true],
    ['a unit of the business', 'vergi müdürlüğüne bağlanmak istiyorum', true],
    ['someone of the business asked to call', 'kurye beni arayabilir mi', true],
    ['called again, the speaker named', 'beni yeniden arar mısınız', true],
    ['told to call again, no one named', 'yarın tekrar arayın', false],
    ['someone asked to phone', 'biri telefon açsın bana', true],
    ['the speaker’s own rung', 'doktorumu ara', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: round 28, long messages', () => {
  it.each([
    [
      'someone wanted to call the speaker',
      'The room was wrong. I would like the duty manager to contact me today.',
      true,
    ],
    ['a callback asked for in writing', 'I am writing to ask for a callback about my loan', true],
    ['a polite wish, thanked before "if"', "I'd appreciate it if a loss adjuster could ring me", true],
    ['the business asked to have someone call', 'can you get the garage to phone me?', true],
    ['"no" says what the bot is', 'this bot is no help, connect me with the loans team', true],
    ['a thing’s phone', 'do your rooms have a telephone?', false],
    ['a wait told', 'I waited 40 minutes to talk to someone and gave up', false],
    ['the speaker says their trade', "I'm the new receptionist, how do I log in?", false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: round 28', () => {
  it.each([
    ['someone’s call to the speaker, asked if possible', 'bir yetkilinin beni araması mümkün mü', true],
    ['someone of the business asked to get in touch', 'satıştan biri benimle iletişime geçebilir mi', true],
    ['the speaker’s number to call', 'yeni numaramı arayın lütfen', true],
    ['someone on the phone, wanted', 'şirketten birini telefonda istiyorum', true],
    ['the speaker says their post', 'şube müdürüyüm, kullanıcı eklemem lazım', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: who answers the chat, asked', () => {
  it.each([
    ['who answers the chat, asked', 'is this chat staffed by real humans?', false],
    ['who answers the chat, asked', 'do actual people ever read my messages', false],
    ['who answers, then a request', 'do real people read these chats? put me through to one', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
  it.each([
    ['who answers the chat, asked', 'bu mesajları gerçek bir insan mı okuyor', false],
    ['who answers the chat, asked', 'kiminle yazışıyorum şu an', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person: round 29, teams named which one, and people who run support', () => {
  it.each([
    ['a team named which one', 'i want to talk to the fraud team, my card was stolen', true],
    [
      'a team named which one, turned down in the passive',
      "I wouldn't like to be put through to the sales team",
      false,
    ],
    ['the product asked about', 'can the bot transfer to a human agent after hours only?', false],
    ['the speaker’s customers', 'my customers keep asking to talk to a human', false],
    ['a seat or a view, not a person', 'is there a supervisor view in the dashboard?', false],
    ['users moved by an administrator', 'how do I transfer a user to another workspace', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: a part of the business asked for alone, a call given on the business’s behalf', () => {
  it.each([
    ['a part asked for alone', 'the claims desk please', true],
    ['an office rung by an assistant', 'call the office please', false],
    ['one’s own team', 'my team please', false],
    ['a call given on the business’s behalf', 'have somebody give me a ring this afternoon', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: put in touch, a branch put through to, "no" answering', () => {
  it.each([
    ['put in touch with a team', 'please put me in touch with the lettings team', true],
    ['put through to a branch', 'connect me to the Leeds branch', true],
    ['"no" answering what came before', 'no I want a human', true],
    ['"no" refusing', 'no agent please', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person: round 30, the world’s English and Turkish petitions', () => {
  it.each([
    ['someone asked, "please" between', 'somebody please ring me, I am locked out', true],
    ['a call back with the speaker left out', 'kindly call back on this number', true],
    ['"revert" for reply', 'kindly revert with a call', true],
    ['a call from the business, wanted', 'I want a call from your side today itself', true],
    ['someone let call the speaker', 'let the driver call me, I cannot find him', true],
    ['someone of the speaker’s own let call', 'let my son call me later', false],
    ['a higher authority', 'I want to speak with your higher authority', true],
    ['HR talked to', 'I need to talk to HR about my payslip', true],
    ['HR met, as a notice', 'Dear employee, please meet with HR soon.', false],
    [
      'someone thanked in advance to phone',
      "I'd be grateful if one of your representatives could phone me",
      true,
    ],
    ['the line of someone, told', 'the agent phone line was busy all day', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
  it.each([
    ['a petition for a call back', 'yetkili kişinin tarafıma dönüş yapmasını arz ederim', true],
    ['a petition to be called', 'telefonla aranmayı arz ederim', true],
    ['someone made to call', 'lütfen ilgili servisin beni aramasını sağlayın', true],
    ['they should call me', 'beni arasınlar diyorum', true],
    ['a unit put through to', 'rezervasyon bölümüne aktarır mısınız', true],
    ['handed over to a person', 'bu meseleyi bir insana havale edin', true],
    ['what the bot is, the pronoun after', 'bot musun sen', false],
    ['who answers the chat, in the passive', 'bu mesajlar insan tarafından mı okunuyor', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('classes read on rounds 31–33 (intent files, lines written as an intent data set)', () => {
  it.each([
    ['a call asked in two words', 'ring me', true],
    ['a call asked in two words, politely', 'please phone me', true],
    ['a call back to a number given', 'could you call me back on 0161 496 0000', true],
    ['a call back to a number named', 'ring me back tomorrow on my mobile', true],
    ['a number for a notice', 'call me on my mobile', false],
    ['a call back asked as on a form', 'callback requested re invoice 7781', true],
    ['a call back request told', 'my callback request was never answered', false],
    ['leave to call given', 'you can ring me', false],
    ['a call asked, a sentence running on', 'ring me back asap my screen is cracked', true],
    ['a call offered', 'ring me if anything changes', false],
    ['a call when one of ours is free', 'call me back when an advisor is available', true],
    ['a call back asked in two words, as on a form', 'call back requested for policy 5512', true],
    ['someone of ours told to give the speaker a ring', 'ask the engineer to give me a ring first', true],
    ["the speaker's own call to someone named", 'please ring marcus', false],
    ["the speaker's own call back to someone named", 'call omar back', false],
    ["the speaker's own call to someone named, wished", "i'd like to phone aunt rosa", false],
    ["the speaker's own call as a noun", 'make a video call to priya', false],
    ["the speaker's own message handed on", 'send this photo to tomasz', false],
    ['the business asked how to be called', 'how can i call your returns desk', true],
    ['a team called, a word before it', 'call technical support', true],
    ['someone named asked to call the speaker', 'can you have marcus call me back', true],
    ['which of two the bot is', 'is this a person or a computer program', false],
    ["a unit named after its owner's", "please put me through to the hotel's front desk", true],
    ['a unit put through to, the caller left out', 'transfer to the payroll office please', true],
    ['money moved, the caller left out', 'transfer to my savings account', false],
    ['a network joined', 'connect to the wifi', false],
    ['investor relations', 'i need to speak with investor relations', true],
    ['someone of ours wished for', 'tbh a real agent would be really useful right now', true],
    ['someone of ours wished for, helping', 'a human would help', true],
    ['someone wished for, thanked', 'a rep would be helpful thanks', true],
    ['anyone wished for, now', 'someone would be great right now', true],
    [
      'someone unknown who got into the account',
      'freeze my card, somebody logged in from another country',
      false,
    ],
    ['money paid to someone', 'how can i send cash to someone overseas', false],
    ['funds moved to someone', 'can i transfer funds to somebody without their account number', false],
    ['an assigned person asked about', 'do we have a dedicated account manager', false],
    ['an assigned person asked for', 'can I speak to my dedicated account manager', true],
    ['two words naming which one', 'put me through to the senior claims handler', true],
    ['a place named before the staff', 'your call centre staff were lovely', false],
    ['the hours of someone of ours asked', 'which days is the support team available', false],
    ['when to talk asked', 'when can i talk to a representative', true],
    ['a meeting with the speaker’s team', 'set up a video call with the marketing team', false],
    ['a unit named alone', 'the mortgage folks please', true],
    ['people named by what they do', 'the team who handles lost luggage', true],
    ['whoever does it', 'whoever deals with parking permits', true],
    ['a unit named, which one', 'the travel insurance team, not the home one', true],
    ['a unit at a place', 'the returns desk at the Leeds branch', true],
    ['staff judged in two words', 'helpful staff', false],
    ['people counted', 'a table for six people', false],
    ['a unit named in a told sentence', 'the team who handles lost luggage never replied', false],
    ['the speaker’s own team', 'my team', false],
    ['what the bot is, after a greeting', 'hi there are you a robot', false],
    ['what the bot is, after another question', 'how old are you are you a bot', false],
    ['what the bot is, a tag after', 'you are a bot arent you', false],
    ['the bot refused, said outright', 'ugh you are a bot', true],
    ['who types the replies', 'is there a human typing these messages', false],
    ['what the chat is', 'is this a live chat', false],
    ['what the chat is with', 'is this conversation with a real agent or automated', false],
    ['what the bot is, closed by curiosity', 'are you human? just asking', false],
    ['what someone of ours did, told', 'the representative transferred me to you', false],
    ['what a team said, told', 'your support team told me to write here', false],
    ['a complaint about someone of ours', 'i want to complain about how your agent treated me', false],
    ['a complaint to someone of ours', 'i want to complain to a manager about the agent', true],
    ['a person handed over, naming which one', 'get me the branch manager', true],
    ['a negated question asks', 'could you not just pass me to a person', true],
    ['a call asked in the passive, by whom named', 'could i be phoned by an insurance specialist', true],
    ['a call had in the passive, told', 'i was phoned by an insurance specialist', false],
    ['someone of ours needed to act', 'honestly a human has to look at this', true],
    ['a rule for staff, told', 'staff must wear masks', false],
    ['a call back wished from a unit', 'i would like a call back from the pharmacy', true],
    ['a unit where it is', 'put me through to the lost property desk at the station', true],
    ['a unit talked to', 'could i speak to the finance office please', true],
    ['a unit talked to, told', 'i spoke to the finance office last week', false],
    ['a unit asked for at once, then why', 'connect me to security asap my card was cloned', true],
    ['a unit asked for with please, then why', 'billing team please, i was charged twice', true],
    ['someone by their trade, asked for with please', 'the loss adjuster please', true],
    ['a visit booked', 'a dentist please', false],
    [
      "a story in the storyteller's present",
      'So I ring the garage and ask for the manager, and the lad says he is out. Anyway, what time do you close?',
      false,
    ],
    ['a story, its next act', 'So I phone the bank, ask for a supervisor, and they hang up on me.', false],
    [
      'a story in the past',
      'I once waited two hours to talk to a human there. How do I close my account?',
      false,
    ],
    ['a past act, then a request now', 'I called twice, now please put me through to a manager', true],
    ['a polite past asks', 'I wanted to speak to the manager about my refund', true],
    [
      'a story, its opener before the speaker',
      'Finally I decided to press 0 and try to reach an operator.',
      false,
    ],
    ['a story of how long it took', 'It took me two hours to get through to a human about my loan.', false],
    ['a story, then a request in the same sentence', 'I got a double charge, get me a live agent', true],
    [
      "a run of the speaker's acts in the present",
      'I give my account number. I explain the fault. I ask for a supervisor. Nothing happens.',
      false,
    ],
    ['a story after a wait', 'After waiting an hour to talk to an agent, I gave up and went home.', false],
    ['a wait, then a request now', 'After waiting an hour, I want to talk to an agent now.', true],
    ["the speaker's own call to come", "Never mind, I'll call back tomorrow.", false],
    ["someone else's call to come", "I suppose they'll ring back eventually...", false],
    ['a call back asked for later', 'could you call me back later', true],
    ['a story opened by when it was', 'Yesterday I had to ring one of those customer service lines.', false],
    [
      'someone named only in a story',
      'Honestly. I asked the robot for a human, and I got one. Amazing.',
      false,
    ],
    [
      'someone named earlier, fetched to the line',
      'I do not care if he is busy, get him on the phone now',
      true,
    ],
    [
      'someone of a unit needed to call the speaker',
      'somebody from the accounts office needs to ring me today',
      true,
    ],
    ['someone of ours asked to get in touch', 'Please have a mortgage adviser get in touch this week.', true],
    [
      'someone of ours asked to get back',
      'I would like someone from your lettings team to get back to me.',
      true,
    ],
    ['someone of ours asked to drop a call', 'could someone from support drop me a call', true],
    ['someone of ours wished to call', "I'd be grateful if a manager would phone me about this", true],
    ['someone of ours, the call told', 'the agent said someone would call me back', false],
    ['no one needed to call', 'there is no need for anyone to ring me', false],
    ["the speaker's own asked to call", 'my manager needs to call me about the rota', false],
    ['a call back, any chance of it', 'any chance of a callback tomorrow?', true],
    ['a rating given to someone', 'give the agent a good rating', false],
    ['a rating given to someone, which one named', 'give the support person a five star review', false],
    ['a call given by someone', 'give me a call', true],
    ['someone judged', 'the agent would be great if he listened', false],
    ['a worker judged for a job', 'a person would be great at this job', false],
    ['someone of a unit asked to call a number', 'can someone from claims ring my mobile', true],
    ["the speaker's own mobile", 'my mobile keeps ringing', false],
    ['which of two the bot is, chatting', 'am i texting with a real agent or a virtual assistant', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
  it.each([
    ['a call back, a sentence running on', 'beni hemen arayın internetim yine kesildi', true],
    ['a call back, the number after', 'beni arar mısınız numaram 0555 000 00 00', true],
    ['a call back, only reported', 'beni arayın dedim kimse aramadı', false],
    ['a call for a notice', 'beni arayın ürün gelince', false],
    ['a call back as a noun, wished', 'en kısa sürede geri arama istiyorum', true],
    ['a call back asked after something else', 'mesajlarıma bakmıyorsunuz siz beni arayın', true],
    ['which of two the bot is', 'robot musun yoksa insan mısın', false],
    ['which of two the bot is, without Turkish letters', 'insan misiniz bot mu', false],
    ['an assigned person asked about', 'danışmanım kim acaba', false],
    ['an assigned person asked for', 'danışmanımla görüşmek istiyorum', true],
    ['a unit named alone', 'iade bölümü lütfen', true],
    ['someone named by what they look after', 'kargo takibiyle ilgilenen biri', true],
    ['a unit asked about', 'iade bölümü nerede', false],
    ['a team, its stem changed', 'muhasebe ekibinizle görüşebilir miyim', true],
    ['a team put through to, "transfer"', 'kurumsal satış ekibine transfer edin', true],
    ['someone given', 'bana bir yetkili verin artık', true],
    ['put through with "geç"', 'canlı temsilciye geçebilir miyim', true],
    ['moving to another carrier', 'başka bir operatöre geçmek istiyorum', false],
    ['moving for a purpose', 'operatöre geçmek için ne yapmalıyım', false],
    ['an official talked to', 'belediyedeki memurla görüşmek istiyorum', true],
    ['an assessor talked to', 'eksperle telefonda konuşmam lazım', true],
    ['a service asked for once, told', 'geçen hafta teknik servis talep ettim gelmediler', false],
    ['thanks passed on', 'teşekkürlerimi ekibinize iletin', false],
    ['papers passed on', 'faturaları muhasebe ekibine iletin', false],
    ['a complaint passed on to someone', 'şikayetimi yöneticinize iletin', true],
    ['a wish refused, typed badly', 'canli destekle konusmak idtemiyorum, faturami gonderin', false],
    ['someone of a unit told to talk with the speaker', 'muhasebeden biri benimle görüşsün', true],
    ['someone told to call back, a noun and "yap"', 'satış ekibinizden biri bana dönüş yapsın', true],
    ['a technician talked to', 'teknisyenle görüşmem gerekiyor', true],
    ['without needing to talk', 'temsilciyle görüşmem gerekmeden kartımı kapatabilir miyim', false],
    ['whether one must call', 'müşteri hizmetlerini aramak zorunda mıyım', false],
    ['a request number', 'müşteri temsilcisi talep numarası verdi 771234 sorgular mısın', false],
    ['anyone there, what they should do after', 'alo kimse yok mu yardım edin', true],
    ['what the bot is, the one addressed after', 'sen bot musun abi', false],
    ['what the bot is: live support', 'sen canlı destek misin', false],
    ['someone by the work they do, alone', 'kredi kartı temsilcisi', true],
    ['whoever it is', 'sorumlu kim varsa ona aktarın', true],
    ['a call again, after something else', 'şarjım bitmişti şimdi açık tekrar arar mısınız', true],
    ['someone else called again', 'babamı tekrar arar mısınız', false],
    ['who is answering, "biriyle"', 'şu an gerçek biriyle mi yazışıyorum', false],
    ['what the chat is', 'bu sohbet gerçek biriyle mi yoksa otomatik mi', false],
    ['who reads it, or a machine', 'bunu bir insan mı okuyor yoksa bot mu', false],
    [
      'a wish in the past, told',
      'geçen ay bir yetkiliyle görüşmek istedim ama olmadı, şimdi sadece iade istiyorum',
      false,
    ],
    ['a wait in the past, told', 'müşteri temsilcisiyle konuşmak için yarım saat bekledim', false],
    ['how to reach, asked', 'müşteri temsilcisiyle konuşmak için hangi tuşa basmalıyım', true],
    ['the bot enough for the speaker', 'bot bana yeter, sadece kargo durumunu söyle', false],
    ['enough of the bot', 'bot yeter artık', true],
    ['the speaker’s own unit', 'bizim bölümümüz lütfen', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('classes read on rounds 40–42 (banks and hotels, callers to a speech menu, Turkish chat)', () => {
  it.each([
    ['"to" typed as "2", twice', 'pls i need 2 chat 2 sum1 abt my card', true],
    ['"to" typed as "2" before a verb of contact', 'want 2 speak with a real person', true],
    ['"2" as a count', 'i need 2 tickets for saturday', false],
    ['"2" as a count after a verb of contact', 'do ur reps speak 2 languages', false],
    ['the speaker’s own person by their trade, asked for', 'could we speak with my nurse please', true],
    ['the speaker’s own person, put through to', 'can you transfer me to my physiotherapist', true],
    ['the speaker’s own person asked to call', 'i would like my midwife to ring me back', true],
    ['the speaker’s own person, the speaker’s plan', 'I should talk to my nurse about that first', false],
    ['the speaker’s own adviser outside the business', 'can I speak to my solicitor before I sign', false],
    ['someone of the speaker’s family', 'can i talk to my husband first', false],
    ['what reads the chat, asked', 'is there a real person typing these replies or is it a bot', false],
    ['what reads the chat, asked of people', 'do actual humans ever read these chats', false],
    ['anybody there, called for', 'hello?? is anybody reading this', true],
    ['who is on the other end, a desk', 'am i chatting with customer support right now', false],
    ['what the one answering is, staff', 'are you an actual staff member', false],
    [
      'spoken, run together with "so", the request last',
      'the parcel was meant to come on tuesday and nobody has turned up and the tracking has not moved so could someone from your depot ring me this afternoon',
      true,
    ],
    [
      'spoken, a question run on after a story, what the grammar has no words for',
      'i rang three times this week and each time the line dropped after twenty minutes could a real person explain my bill to me',
      true,
    ],
    [
      'spoken, a question run on after a complaint',
      'my order is late again and the tracking is stuck could somebody just phone me about it',
      true,
    ],
    [
      'a meeting with the speaker’s adviser at the business',
      'book an appointment with my account manager next week',
      true,
    ],
    ['a video call with someone, booked', 'can i set up a video call with someone about my pension', true],
    ['a meeting with the speaker’s own boss', 'schedule a meeting with my manager for friday', false],
    ['a meeting with the speaker’s own team', 'book a meeting with the design team', false],
    ['a call wished, the verb in the past', 'honestly i’d rather a human phoned me than keep typing', true],
    ['a call wished of a unit', 'it would be better if someone from billing rang me', true],
    ['a call preferred, the verb in the past', "i'd prefer it if an adviser called me tomorrow", true],
    ['a call preferred, the speaker many', 'we would prefer if someone from the council phoned us', true],
    ['a call regretted', 'i wish someone had called me back yesterday', false],
    ['no call wished', 'i would rather nobody called me', false],
    [
      'a thing of someone’s, after the possessive',
      "please transfer the agent's commission to my account",
      false,
    ],
    ['a call of the speaker’s, rated', 'rate my call with the agent', false],
    ['someone else checking in for the speaker', 'can someone else check in for me at the airport', false],
    ['someone checking in on an order', 'can someone check in on my order', true],
    [
      'a condition’s main clause, still under it',
      'if i ring the office tomorrow can someone tell me the fees',
      false,
    ],
    ['a call back typed short', 'plz ring me bak', true],
    ['the speaker’s number given first', 'mobile number 07700 900123 please call me', true],
    ['a call to the speaker’s room', 'could the front desk call my room', true],
    ['someone of ours to message the speaker', 'someone from ur team pls dm me', true],
    ['a lady of ours to phone the speaker', 'i would like a nice lady to phone me about my pension', true],
    ['the dispatcher talked to', 'i need to speak with the dispatcher about my pickup', true],
    ['a caller insists, "for the love of god"', 'for the love of god an agent', true],
    ['who is on the other end, "rn"', 'am i chatting to a bot rn', false],
    [
      'what monitors the chat, "or just automated"',
      'is this chat monitored by staff or just automated',
      false,
    ],
    ['an insurance agent of the business', 'can i talk to an insurance agent about my cover', true],
    ['the speaker’s own insurance agent', 'call my insurance agent back', false],
    [
      'a request only in a quoted prompt',
      'the line says "press 0 to speak with a representative" then it drops',
      false,
    ],
    [
      'a request only in a quoted label',
      'where do I rename the "chat with a person" link on our site',
      false,
    ],
    [
      'a quoted word, then a request',
      'i typed "operator" four times, please just put me through to someone',
      true,
    ],
    ['a word in scare quotes', 'can I talk to an "actual" human please', true],
    ['the cost of contact asked', 'is there a charge to speak with a pharmacist', false],
    ['the cost of contact asked, "free"', 'is it free to ring your claims line', false],
    ['contact asked for free', 'can I talk to an agent for free', true],
    ['contact asked about a charge', 'can i speak to someone in charge about the charge on my card', true],
    [
      'the speaker says they are no bot (a captcha)',
      "I'm a real human not a robot, the image check keeps failing",
      false,
    ],
    ['a pass handed on to someone else', 'can i transfer my gym membership to someone else', false],
    ['a thing as the subject of the passive', 'can my reservation be transferred to another person', false],
    ['the speaker put through to someone else', 'transfer me to someone else please', true],
    ['the speaker’s complaint passed on', 'i want my complaint passed on to a manager', true],
    ['whoever sold the speaker a thing, asked for', 'let me talk to whoever sold me this policy', true],
    ['what answers the chat, the verb last', 'is this a real human typing', false],
    ['what will read a complaint', 'is a human going to read my email at some point', false],
    [
      'what handles a complaint, in the passive',
      'is my claim being handled by an actual person or an algorithm',
      false,
    ],
    ['what the one answering is not, a tag', "so you're not a real employee then", false],
    ['which chat this is', 'is this a live chat or a robot', false],
    ['someone to read the complaint', 'is someone going to read my complaint', true],
    [
      'support set up, a button on our widget',
      'the talk to an agent button vanished from our widget after the update',
      false,
    ],
    [
      'support set up, the customers’ handover',
      'when a customer gets angry the bot should hand over to a person, where do I set that',
      false,
    ],
    [
      'support set up, through the API',
      'is there an api call to move a conversation to another department',
      false,
    ],
    [
      'the business’s team asked about the product',
      'can I speak to someone about our seat count and the dashboard',
      true,
    ],
    ['the business’s engineers asked for', 'escalate to your engineering team, the api returns errors', true],
    ['the contact person, a role on the account', 'please update the contact person on our lease', false],
    ['a person limit', 'what is the person limit for the party room', false],
    ['carriers switched', 'switch operators but keep my old number', false],
    ['said in jest, taken back', 'put me through to your ceo lol jk', false],
    ['angry, not in jest', 'are you kidding me, put me through to a manager', true],
    ['a statement opened by "your"', 'your helpline just rings out every time', false],
    ['a channel asked, opened by "your"', 'your helpline number pls', true],
    ['the speaker’s account manager, "let me talk"', 'let me talk to my relationship manager please', true],
    ['the speaker’s own boss, "let me talk"', 'let me talk to my manager first', false],
    ['"w" for "with"', 'pls connect me w billing', true],
    [
      'someone by their trade handed over, named which one',
      'get me the on call technician, the site is down',
      true,
    ],
    ['a thing handed over', 'get me the bill please', false],
    ['a place to find, not a unit asked for', 'closest post office that does passport photos', false],
    ['the agent rate, a price', 'how do travel agents get the agent rate', false],
    ['what runs the chat, a computer', 'is this chat answered by a computer', false],
    ['queued for someone of ours', 'pls put me in the queue for a live agent', true],
    ['queued for a call back', 'add us to the list for a callback', true],
    ['queued for a class', 'put me on the waitlist for the spin class', false],
    ['how long a unit takes, told', 'the claims department takes weeks to answer anything', false],
    ['what a desk never does, told', 'reception never picks up the phone', false],
    ['support judged as not there', 'customer service is non existent here', false],
    ['support judged, then someone asked', 'customer service is hopeless, put me through to a manager', true],
    ['the API asked about', 'does the api let us move a chat to another department', false],
    ['a caller says again what they asked for', 'i said agent', true],
    ['a caller says it again within the clause', 'agent i said agent', true],
    ['a caller insists with "no"', 'no no human', true],
    ['a caller insists, and asks whether the bot hears', 'operator are you deaf', true],
    ['a caller insists with an oath', 'for goodness sake an operator now', true],
    ['said, a story', 'i said the agent was rude', false],
    [
      'a question word opens the modal’s clause',
      'what flavour would you suggest for someone who hates sugar',
      false,
    ],
    [
      'spoken, run together with "so", a request told',
      'the engineer never showed up so i called again and asked for a manager',
      false,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
  it.each([
    ['a branch talked to', 'merkez şubemle görüşmek istiyorum', true],
    ['a parcel sent on to a branch', 'paketi merkez şubeye yönlendirin', false],
    ['a branch to go to', 'şubeye gitmem lazım', false],
    ['a desk named alone', 'santral lütfen', true],
    ['the front office named alone', 'ön büro acil', true],
    ['the concierge talked to', 'konsiyerjle konuşabilir miyim', true],
    ['the bot skipped, an order', 'robotu atlayın lütfen', true],
    ['the bot got past, told', 'botu geçtim sonunda kartım açıldı', false],
    ['what reads the chat, the particle before the verb', 'bu mesajları gerçek bir çalışan mı okuyor', false],
    ['what reads the chat, the particle after the verb', 'mesajlarımı bir insan okuyor mu', false],
    [
      'the number given in two words, then the call',
      'telefon numaramı yazıyorum 0544 987 65 43 arayın lütfen',
      true,
    ],
    ['a phone call given to the speaker', 'bize telefon açın artık', true],
    ['a new phone opened', 'yeni telefon açın hattıma', false],
    ['an answer back by this number', 'bu numaradan bana dönüş yapar mısınız', true],
    ['an answer back told', 'bu numaradan dönüş yapıldı ama açamadım', false],
    ['the other way refused, the call asked', 'sms yazmayın beni arayın', true],
    ['someone by any name, talked with', 'kat şefiyle görüşmek istiyorum, odam hâlâ temizlenmedi', true],
    ['someone by any name, asked by phone', 'bölge müdür yardımcısıyla telefonda görüşebilir miyim', true],
    ['someone of the speaker’s own, talked with', 'annemle görüşmek istiyorum', false],
    ['an errand with someone', 'dekanla görüşmem lazım', false],
    ['a talk had, told', 'kat şefiyle görüştüm dün', false],
    ['the speaker says they are no robot (a captcha)', 'robot değilim kutusu açılmıyor', false],
    ['the bot refused', 'bot değil insan istiyorum', true],
    ['a ticket handed to someone else', 'konser biletimi başka birine devredebilir miyim', false],
    ['money from person to person', 'kişiden kişiye para transferi ücretli mi', false],
    ['the speaker put through to someone else', 'beni başka birine aktarın', true],
    ['the matter put through to someone authorised', 'şikayetimi yetkili birine aktarın', true],
    ['what will read a complaint', 'talebimi gerçek bir insan okuyacak mı acaba', false],
    [
      'support set up for the customers',
      'müşteriler temsilci isteyince sohbeti otomatik aktaracak kuralı nasıl ayarlarım',
      false,
    ],
    ['the business’s team asked', 'entegrasyon çalışmıyor, yazılım ekibinizle görüşmek istiyorum', true],
    ['said in jest, taken back', 'müdürünüzü istiyorum şaka yaptım', false],
    ['angry, not in jest', 'şaka mı bu, hemen bir yetkili istiyorum', true],
    ['the speaker’s room to be called', 'kat görevlisi odamı arasın lütfen', true],
    ['whoever it is, to call', 'kim olursa olsun arasın beni artık', true],
    ['"müdür" as the noun, called for', 'hemen bir müdür çağırın', true],
    ['"müdür" as the question word', 'bu bilgi doğru müdür acaba', false],
    ['a phone call given, "bi"', 'bana bi telefon açın artık', true],
    ['someone to call, how between', 'mağazadan biri beni bu numaradan hemen geri arasın', true],
    ['someone to call this number', 'teknik ekipten biri bu numarayı en kısa sürede arasın', true],
    [
      'a verb in the present ends its clause, a call asked after',
      'tuşlamak istemiyorum direkt müşteri temsilcisi',
      true,
    ],
    ['calls that nobody answers, told', '2 gündür arıyorum kimse açmıyor, kargom nerede', false],
    ['an answer to the offer, then put through', 'tamam bağlayın', true],
    ['the call centre judged, "your"', 'çağrı merkeziniz tam bir rezalet', false],
    ['agents hired', 'temsilci alımı var mı acaba', false],
    ['the cost of contact asked', 'operatöre bağlanmak ücretli mi', false],
    ['the cost of contact asked, "var mı"', 'temsilciyle görüşmek için ek ücret var mı', false],
    ['contact asked about a refund of a fee', 'muhasebeye aktarır mısınız ücret iadesi için', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('statements the model read as requests: a sentence that tells, read for its subject and verb', () => {
  it.each([
    ['a unit praised', 'the manager of your Bristol shop has been brilliant', false],
    ['what the one answering is, told', 'you are not even a real person', false],
    ['a unit judged', 'your support team is rubbish', false],
    ['the speaker’s mistake told', 'omg i just realised i messaged the wrong person', false],
    ['calls received, told', 'i keep getting calls from your sales team', false],
    ['people the speaker knows', 'I know your legal team personally', false],
    ['a verb typed badly, still read', 'i ned the complaints department', true],
    ['waiting for someone', "I'll hold for an agent", true],
    ['the speaker’s terms', "i'll only discuss this with a person", true],
    ['a case that calls for someone', 'this calls for a human', true],
    ['the speaker done with the bot', "I'm done with this chatbot", true],
    ['anyone who works there', 'literally anyone who works there', true],
    ['which way to reach someone, asked', 'who do I have to ring to speak to an actual person?', true],
    ['where to go, asked', 'where do I have to go to talk to a human', true],
    ['whether one must, asked', 'do I have to speak to an agent first?', false],
    ['a contact rated', 'can I review my chat with your advisor from yesterday', false],
    ['a word shouted letter by letter', 'H U M A N please', true],
    ['a word spelt out with dots', 'o.p.e.r.a.t.o.r', true],
    ['a small "a" before the capitals', 'i want a P E R S O N', true],
    ['three letters stay apart', 'r u a bot', false],
    ['the caller insisting, "already"', 'i already said operator', true],
    ['the caller insisting, "clearly"', 'no, i clearly said representative', true],
    ['the support people asked for alone', 'support pls', true],
    ['a kind of support asked for', 'emotional support please', false],
    ['an order after an order, joined by "and"', 'stop the questions and transfer me', true],
    ['what was done, told', 'they asked me questions and transferred me', false],
    ['"dept" names a unit', 'i need a quick word with your mortgage dept', true],
    ['the bot put up with for a task', 'this chatbot is useless, just tell me my balance', false],
    [
      'the bot disliked, a question for it after',
      'not a fan of chatbots but ok, how do I update my card',
      false,
    ],
    [
      'talking to the bot refused, a question after',
      'I don’t want to chat with a bot, how do I cancel?',
      true,
    ],
    ['the bot judged, someone asked for', 'this bot is hopeless, put me through to a colleague', true],
    ['an agent’s location, a place to pay', 'is there an agent location in town to top up', false],
    ['a money agent', 'can i pay my bill at a money agent', false],
    ['what the one answering is, asked with "actually"', 'wait are you actually a real person', false],
    ['what the one answering is, asked with "really"', 'r u really human', false],
    ['whether the business has people at all, asked', 'do you guys have real staff or is it all bots', false],
    ['whether people work at weekends, asked', 'do you have advisers on sundays', false],
    ['whether people work in some place, asked', 'do you have staff at the train station', false],
    ['the best time to call, asked', 'what is the best time to ring your claims team', false],
    ['whether people work in some place, asked', 'do you guys have reps in Canada', false],
    ['someone at the moment, asked for', 'do you have an agent at the moment', true],
    ['whether there is someone to talk to, asked', 'do you have a human I can speak with', true],
    ['someone added to the chat', 'can you add a specialist to this chat please', true],
    ['the best sentence names nobody, another asks', "you're not helping. who else can i talk to?", true],
    [
      'the best sentence names nobody, a fragment after a request',
      "how long is the wait for an agent? I'll hold",
      true,
    ],
    [
      'the best sentence names nobody, the other names the speaker’s own',
      "I need to talk to my dad first. I'll come back tomorrow.",
      false,
    ],
    [
      'a fragment that only tells, after someone named',
      'Team meeting moved to Friday. Attendance required.',
      false,
    ],
    ['someone by their trade, reached', 'could I have a quick word with the physio', true],
    ['someone named by two words, talked to', 'could I speak to your fire safety officer', true],
    ['someone by their trade, put through to', 'put me through to the vet please', true],
    ['someone by their trade, put in a calendar', 'put the dentist in my calendar', false],
    [
      'someone named, then asked for by a pronoun',
      'is there a supervisor on today? put them on please',
      true,
    ],
    ['someone named, then asked for by a pronoun', 'honestly this needs a human. can I have one', true],
    [
      'a thing named after someone, then asked for',
      'the rep mentioned a loyalty card. can I have one?',
      false,
    ],
    ['someone judged, then a pronoun', 'the manager was rude. I want him gone', false],
    ['someone to work on the matter, asked', 'could someone from IT remote in and reset my password', true],
    ['someone to work on the matter, asked', 'can a person go through these charges with me', true],
    ['a visit at a time, asked', 'can the courier come before noon', false],
    ['a repair of a thing, asked', 'can someone fix the heating in room 12', false],
    ['a place of work before the word, told', 'my cousin worked as a call centre agent', false],
    ['someone by their trade, dealt with', 'I would prefer to deal with an underwriter', true],
    ['someone by their trade, judged', 'the nurse on the phone was lovely', false],
    ['a unit of the business, reached', 'i need to speak to the dispensary about my tablets', true],
    ['a unit of the business, told', 'the dispensary gave me the wrong tablets', false],
    ['a unit in two words, reached', 'can you put me through to patient services', true],
    ['someone looped in on the call', 'loop someone from the claims team in on this call', true],
    ['the speaker’s own added to the call', 'add my accountant to the call', false],
    ['a person added to a booking', 'add a person to my booking', false],
    ['a contact given feedback', 'leave feedback on my call with the agent', false],
    ['who it will be on a booked call, asked', 'who would I be speaking with', false],
    ['who it will be at a visit, asked', 'who will I be talking to at the appointment?', false],
    ['who to talk to, asked', 'who should I speak to about a refund', true],
    ['whom to contact, asked', 'who do I ring to close my account', true],
    ['put back to someone, asked', 'the line dropped, can you put me back to the advisor I had', true],
    [
      'a conversation with someone, wished',
      'i would like to have a conversation with a representative',
      true,
    ],
    ['someone else having someone, asked', 'does this branch have a manager', false],
    ['how the bot is to talk', 'can you talk to me like a pirate', false],
    ['a record of the chat, asked', 'could you email me a transcript of this chat', false],
    ['the speaker on a call', "i'm on a call, give me a sec", false],
    ['a marketplace seller, reached', 'how can I contact the seller of this item', false],
    ['a call back refused', 'no call back needed thanks', false],
    ['someone on a call, asked', 'can you get an associate on a call', true],
    ['a deal named after someone', 'is the manager special on tonight', false],
    ['a call instead of the chat, asked', 'could you ring me instead, my hands shake too much to type', true],
    ['a call refused, e-mail instead', "please don't ring me, email me instead", false],
    ['a call back promised, told', 'we were promised a call back from the manager on monday', false],
    ['whom to contact, asked', 'who do we contact about a damaged delivery', true],
    ['who called, asked', 'who called me from this number yesterday', false],
    ['whom to call for another service, asked', 'who do i call for a taxi to the airport', false],
    ['"i\'d been", told', 'I recently made a complaint to a shop I’d been a customer of for years', false],
    [
      '"not going to", told',
      'this is just a cold sales call so i m not going to bother with the agent',
      false,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, Turkish: someone to deal with, and the speaker’s own to talk with', () => {
  it.each([
    ['someone to deal with, asked', 'artık bir muhatap istiyorum', true],
    ['the speaker’s own, talked with', 'kardeşimle görüşmek istiyorum', false],
    ['the speaker’s own, needed', 'eşimle konuşmam lazım önce', false],
    ['the business’s person the speaker calls theirs', 'sigorta danışmanımla görüşmek istiyorum', true],
    ['what the one answering is, asked in the third person', 'bu bir robot mu acaba', false],
    ['an automatic answer, asked', 'otomatik yanıt mı bu', false],
    ['who writes, asked, typed as spoken', 'gerçek biri mi yazıyo', false],
    ['the speaker’s own call, ordered of an assistant', 'en son arayanı geri ara', false],
    ['a name’s call, ordered', "Zeynep'i geri ara", false],
    ['the speaker to be called back', 'beni hemen geri ara', true],
    ['the hours of live support, asked', 'canlı destek hafta sonu açık mı', false],
    ['the hours of a team, asked', 'müşteri hizmetleri hangi saatlerde çalışıyor', false],
    ['the hours, then put through, asked', '7/24 temsilciye bağlanabilir miyim', true],
    [
      'a talk with someone advised, the business speaking',
      'bir yetkiliyle görüşmenizi tavsiye ederim',
      false,
    ],
    ['the chat switched to someone, ordered', 'tamam müşteri temsilcisine geç artık', true],
    ['the chat switched to live support, ordered', 'canli destege gec lutfen', true],
    ['the chat switched, asked', 'gerçek bir insana geçer misin', true],
    ['"geç" as late', 'temsilci çok geç cevap verdi', false],
    ['"geç" as late, in the dative', 'operatöre geç kaldım', false],
    ['a step switched to, no one', 'bir önceki menüye geç', false],
    ['someone put before the speaker, ordered', 'karşıma bir yetkili çıkarın artık', true],
    ['no one came before the speaker, told', 'karşıma hiç temsilci çıkmadı', false],
    ['escalated to someone, asked', 'bu konuyu bir yöneticiye eskale edin', true],
    [
      'whether the speaker has an assigned person, asked',
      'hesabıma atanmış bir temsilci var mı acaba',
      false,
    ],
    ['the speaker’s own, who, asked', 'portföy yöneticim kim', false],
    ['the assigned person asked for', 'atanmış temsilcimle görüşmek istiyorum', true],
    ['the bot found not bad', 'valla bu robot hiç fena değil', false],
    ['the bot no problem, a task for it', 'botla konuşmak sorun değil, kargom nerede onu söyle', false],
    ['staff who speak a language at a place, asked about', 'otelinizde rusça bilen personel var mı', false],
    ['someone who speaks a language, asked for', 'almanca konuşan bir temsilci var mı', true],
    ['a call asked politely, as a wish', 'beni öğleden sonra arasanız olur mu', true],
    ['a call asked, the verb first', 'arayın beni lütfen', true],
    ['getting back asked of you, the speaker left out', 'acilen dönüş yapabilir misiniz', true],
    ['getting back asked as a wish', 'en kısa sürede dönüş yaparsanız sevinirim', true],
    ['getting back told', 'kargo firması hala dönüş yapmadı', false],
    ['someone to talk with today', 'müdürle bugün görüşmek istiyorum', true],
    ['someone arranged for the speaker', 'bana bir yetkili ayarlayın', true],
    ['a thing arranged', 'bana bir randevu ayarlayın', false],
    ['someone of yours to get back, the speaker after the verb', 'satıştan biri döner mi bize', true],
    ['a thing to come back', 'param döner mi bana', false],
    ['someone who will call, asked for', 'beni arayacak bir yetkili yok mu', true],
    ['called and told more, asked', 'biri bizi arayıp bilgi versin', true],
    ['called and told more, the speaker’s own', 'eşim beni arayıp haber versin', false],
    ['your point of contact, asked', 'destek hattınız var mı', true],
    ['a number to call you on, asked', 'arayabileceğim bir numara verir misiniz', true],
    ['someone’s number to call', 'annemin aranacak numarası değişti', false],
    ['someone needed by the speaker', 'yine bota düştüm, bize bir yetkili lazım', true],
    ['a thing needed by the speaker', 'bana yeni bir kart lazım', false],
    ['someone arranged, as a wish', 'beni arayacak birini ayarlarsanız sevinirim', true],
    ['someone arranged, told', 'birini ayarladım zaten', false],
    ['not put through yet, asked as a reproach', 'yarım saattir bekliyorum aktarmayacak mısınız', true],
    ['when one is put through, asked', 'ne zaman bağlanacağım bir temsilciye', true],
    ['a talk by voice, wished', 'mesajla değil telefonla görüşme istiyorum', true],
    ['a talk by voice, told', 'dün telefonla görüşme yaptık', false],
    ['getting back to the speaker’s number', 'numarama dönüş yapın lütfen', true],
    ['the speaker called on a number, named after the verb', '0533 111 22 44 numarasından arayın beni', true],
    ['the speaker’s elder called by someone of yours', 'sizden biri babamı arayıp anlatabilir mi', true],
    ['a third party called for an errand', 'kargocuyu arayıp sorar mısınız', false],
    ['moving to the business as a provider', 'sizin operatörünüze geçmek istiyorum', false],
    ['the bot not noticed, praise', 'bot olduğunu hiç anlamadım valla', false],
    ['the desk’s call back requests', 'geri arama talepleri panelimizde görünmüyor', false],
    ['staff the business needs', 'hafta sonları daha çok eleman lazım size', false],
    ['what would happen, an imagined case', 'sistem çökerse bir temsilciyle görüşebilir miyim', false],
    ['a polite "if possible"', 'mümkünse bir temsilciyle görüşebilir miyim', true],
    ['an aim to reach someone, told in the past', 'tek amacım bir temsilciye ulaşmaktı', false],
    ['how many people, for a booking', 'bi kişi için bilet istiyorum', false],
    ['the speaker’s appliance', 'çamaşır makinem işe yaramıyor', false],
    ['someone to talk with, one person', 'bir kişiyle görüşmek istiyorum', true],
    [
      'someone named with an honorific, talked with again',
      'dün konuştuğum Zeynep hanımla tekrar görüşebilir miyim',
      true,
    ],
    ['someone named with an honorific, thanked', 'Zeynep hanıma çok teşekkürler', false],
    ['the bot refused, named in two words', 'yapay zekayla konuşmak istemiyorum artık', true],
    ['someone to chat with in writing', 'bir temsilciyle yazışabilir miyim', true],
    ['a chat in writing, told', 'kargo firmasıyla yazıştım', false],
    ['the information desk, put through to', 'danışmaya bağlar mısınız', true],
    ['the one answering addressed, a call asked', 'kızım beni telefonla arayabilir misin', true],
    ['a call asked politely, only when before it', 'yarın öğlen arasanız daha iyi olur', true],
    ['the bot not wanted', 'bot değil gerçek kişi istiyorum', true],
    ['a point of contact’s number, a compound, asked', 'canlı destek numarası nedir', true],
    ['a point of contact’s number, a compound, asked', 'şikayet hattı numarasını öğrenebilir miyim', true],
    ['a point of contact’s number, told', 'müşteri hizmetleri numarası değişmiş', false],
    ['going on with someone, asked', 'gerçek bir temsilciyle devam etmek istiyorum', true],
    ['going on with someone, told', 'temsilciyle devam ettik ama olmadı', false],
    ['a unit named in two words, reached', 'öğrenci işlerine bağlar mısınız', true],
    ['a unit named in two words, asked about', 'öğrenci işleri kaçta kapanıyor', false],
    [
      'someone in one sentence, a question in the next',
      'Bir adam kapıda bekledi, yaka kartı yoktu. Normal mi bu?',
      false,
    ],
    ['someone and the ask in one sentence', 'Kargom kayıp. Bir yetkili beni arayabilir mi?', true],
    ['a word of a pair alone, a thing', 'teknik bir arıza mı var', false],
    ['the pair together, reached', 'hasta kabule bağlanabilir miyim', true],
    ['someone to take the matter up, "can … ?"', 'bir kişi faturama bakabilir mi', true],
    ['someone to take the matter up, the matter first', 'bir yetkili bu şikayeti incelesin', true],
    ['someone to take the matter up, a light verb', 'sizden biri yardımcı olabilir mi', true],
    ['someone to take the matter up, by a way', 'biri telefondan dönüş yapsın', true],
    ['someone who could, a doubt told', 'biri çözebilir mi bilmiyorum', false],
    ['someone who looked, told', 'biri faturama baktı ama bir şey bulamadı', false],
    ['someone to do a thing, not the matter', 'biri kapıyı açsın', false],
    ['someone named, then asked for by a pronoun', 'bir amiriniz varsa onunla görüşmek istiyorum', true],
    ['whoever it is, then asked for by a pronoun', 'kim sorumluysa ona bağlayın beni', true],
    ['the speaker’s own ask said again to the one answering', 'operatöre bağla dedim duymuyor musun', true],
    ['the speaker’s own ask told in a story', 'yetkiliye bağlayın dedim ama bağlamadılar', false],
    ['whoever it is, then given by a pronoun', 'yetkili kimse onu verin bana', true],
    [
      'someone who called, then asked for again',
      'dün bir yetkili aradı, onunla tekrar görüşebilir miyim',
      true,
    ],
    ['someone named, then a pronoun told', 'temsilci aradı, onunla konuştum ama çözülmedi', false],
    ['which of the staff acted, asked', 'iade talebimi hangi yetkili onayladı', false],
    ['the best time to call, asked', 'müşteri hizmetlerini aramak için en uygun saat hangisi', false],
    ['someone complained of', 'dünkü temsilciden çok şikayetçiyim', false],
    ['staff hired, asked', 'çağrı merkezi için eleman alıyor musunuz', false],
    ['what the one answering is, in the second person', 'sen gerçek biri misin', false],
    ['someone needed, in the dative', 'şu an gerçekten birisine ihtiyacım var', true],
    ['someone not needed', 'birisine ihtiyacım yok, kendim hallederim', false],
    ['live support asked, the particle glued', 'canlı destek yokmu sizde', true],
    ['a thing asked, the particle glued', 'otopark yokmu otelde', false],
    ['waiting for someone, told now', 'bir temsilci bağlanana kadar beklerim', true],
    ['waiting for someone, past', 'temsilciyi bekledim ama kimse gelmedi', false],
    ['waiting for a thing', 'kargoyu bekliyorum hala', false],
    ['someone who must take the matter up', 'bu işe artık biri bakmalı', true],
    ['someone who should have, told', 'biri bakmalıydı ama bakmadı', false],
    ['someone to explain, a light verb', 'bir yetkili bana açıklama yapsın', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, English: the reason run on, a person set against a machine, where to call', () => {
  it.each([
    ['a unit, then the reason with its stop left out', 'put me through to fraud my card got cloned', true],
    [
      'a unit, then a filler and the reason',
      'connect me with billing erm i was charged twice this month',
      true,
    ],
    ['a unit, then a form of address', 'can you transfer me to sales my friend', false],
    ['the speaker’s own account after a transfer', 'transfer me to my savings account', false],
    [
      'a person set against a machine, asked',
      'I want this dispute looked at by a person, not an algorithm',
      true,
    ],
    ['a person set against a form, asked', 'id rather explain it to a human not a form', true],
    [
      'a person set against a machine, told',
      'I spoke to a person, not a bot, and it took five minutes',
      false,
    ],
    [
      'a person set against a machine, how a thing was made',
      'the letter was written by a person not a machine',
      false,
    ],
    ['the speaker a person, not a robot', 'I am a real person not a robot, why is my account flagged', false],
    ['the bot refused by the speaker, "I’m" first', 'I’m so done with the automated menu', true],
    ['the speaker, a captcha', 'im not a robot but the captcha keeps failing', false],
    ['the call asked at home', 'could someone ring me at home tomorrow morning', true],
    ['the call asked at the office', 'phone me at the office please', true],
    ['the call told, at home', 'my sister will call me at home later', false],
    ['a number for a notice, alone', 'call me on my mobile', false],
    ['a number named after when', 'call me tomorrow on my mobile please', true],
    ['a carrier’s driver, talked to', 'can I speak to the delivery driver please', true],
    ['a carrier’s driver, told of', 'the delivery driver left it at the wrong house', false],
    ['staff who speak a language, asked about', 'do your agents speak polish', false],
    ['the languages staff speak, asked', 'which languages does your support staff speak', false],
    ['a talk asked in a language', 'can I speak to someone in French', true],
    ['a call back, how soon', 'could you ring me back in twenty minutes', true],
    ['a call back, its spaces lost', 'pls callmeback', true],
    ['a call asked, the speaker’s sentence run on', 'please phone me i am driving and cant type', true],
    ['a call asked of you, a sentence run on', 'can you call me my bill is wrong again', true],
    ['a call to make, noted, and when', 'remind me to ring the helpline when i get to work', false],
    ['the number of the business called, asked', 'i have to ring you lot whats the number', true],
    ['a number to call, asked', 'is there a number i can ring', true],
    ['a number to call, a unit named', 'what number do i call for returns', true],
    ['how to reach the business, asked', 'how to reach u guys', true],
    ['which way to reach the business, asked', 'how can i contact you via email', false],
    ['a friend reached on a channel', 'message Tom on whatsapp', false],
    ['a contact achieved, told', 'Eventually we were able to talk to a real person', false],
    ['someone got, told as achieved', 'I managed to get an actual human on the phone after an hour', false],
    ['a contact to come, asked', 'will I be able to speak to someone today', true],
    ['the way a thing comes, by e-mail', 'your agent said the refund note would come by email', false],
    ['what the bot is, or automated', 'is this a real human or automated', false],
    ['what the bot is, which sex', 'are u a woman or a man', false],
    ['a call worked', 'end the call', false],
    ['a call put on speaker', 'put this call on speaker please', false],
    ['the speaker put on a plan', 'could you put me on the cheaper tariff', false],
    ['put on with someone', 'put me on with a supervisor', true],
    ['what someone of ours did, a wrong', 'the advisor lied to me on the phone', false],
    ['someone asked for by name, hesitating', 'could I uh talk to erm Daniel please', true],
    ['someone asked for by name, "let me" asked of you', 'could you let me speak to Rachel', true],
    ['the speaker’s own plan with someone named', 'let me talk to Rachel and get back to you', false],
    ['where one of ours is, by where they work', 'where is the duty manager', true],
    ['the one asked for said again, after "no"', 'no, i said the floor manager', true],
    ['a thing said again, after "no"', 'no, i said the blue one', false],
    ['a team handed over, named which one', 'get me the mortgages team', true],
    ['someone paged', 'can you page the on-call engineer', true],
    ['a page of a site, its admin', 'how do i become a page admin', false],
    ['somebody, as some write it', 'i want to talk to sb from accounts', true],
    ['an executive, shortened, asked to call', 'need an exec to call me about my order', true],
    ['a unit talked to, directly', 'need to speak to the warehouse directly, my parcel is stuck', true],
    ['someone of ours fetched to the line', 'need the claims team on the phone right now', true],
    ['the speaker’s own fetched to the line', 'get my brother on the phone', false],
    ['anyone insisted on', 'uh no just anyone please', true],
    ['anyone told to answer the phone', 'somebody pick up the phone please', true],
    ['a thing picked up', 'can someone pick up my parcel tomorrow', false],
    ['running the desk: listening in', 'can team leads listen in on agent chats', false],
    ['running the desk: figures by agent', 'export response times by agent', false],
    ['running the desk: an SLA', 'set an sla of 2 hours for the billing team', false],
    ['a supervisor asked to call', 'can a supervisor call me back', true],
    ['what would happen, asked', 'would I be able to reach a human if my card is stolen', false],
    ['what would happen, the condition first', 'if the chat fails does it send me to an agent', false],
    ['what would happen, imagined', 'supposing I wanted a manager, who would that be', false],
    ['a polite ask, "would it be possible"', 'would it be possible to talk to a human', true],
    ['a polite ask with a polite "if"', 'could you put me through to an agent if possible', true],
    ['when the business’s people work, asked', 'are your advisers available at weekends', false],
    ['staff for a service, asked', 'do you have staff who can help lift a sofa into the van', false],
    ['someone who can help, asked for', 'do you have someone who can help me with my bill', true],
    ['someone working at a place, asked about', 'is there a pharmacist in the store', false],
    ['anyone at a place, called for', 'is there a human at the front desk', true],
    ['another customer asked for', 'can I talk to someone who has had the same operation', false],
    ['the speaker’s contacts', 'how do i contact someone in my contacts from the app', false],
    ['the last caller called back', 'call the last person who called me', false],
    ['a money transfer to someone', 'how long does a transfer to someone take', false],
    ['the business’s boss put on', 'put your boss on the line', true],
    ['the speaker’s own boss', 'my boss called me about the invoice', false],
    ['someone held, not put through', 'put the caller on hold', false],
    ['held while someone is fetched', 'put me on hold and get a supervisor', true],
    ['held, a story', 'the operator put me on hold and then hung up', false],
    ['someone looped in', 'please loop in someone from your legal team', true],
    ['the speaker’s own looped in', 'loop in my wife on this', false],
    ['a part of the business fetched', 'get me claims now', true],
    ['a thing of a part fetched', 'get me billing info', false],
    ['the speaker’s matter passed on, asked', 'can my complaint be passed to a manager', true],
    ['the speaker’s matter passed on, told', 'my complaint was passed to a manager last week', false],
    ['a wait for someone to join, now', 'still waiting for someone from support to join the chat', true],
    ['a wait for someone, past', 'i was waiting for an agent to answer but gave up', false],
    ['whom to ask, asked', 'who should i ask about my refund', true],
    ['a human channel, moved to', 'switch me to phone support', true],
    ['a count of people', 'just one person in the cab', false],
    ['whether the case has someone yet', 'has my claim been assigned to an adviser yet', false],
    ['praise of staff at a place', 'the manager of your Leeds branch deserves a medal', false],
    ['what answers the chat, asked', 'could this be a person typing', false],
    ['a way to write, asked', 'how can i reach you by letter', false],
    ['a call with the speaker’s own, booked', 'schedule a call with my team for monday', false],
    ['talking to people, missed', 'I really miss talking to real people at the bank', false],
    ['a thing connected to', 'I still cannot get connected to the vpn', false],
    ['a name for a letter', 'who should I address my complaint letter to', false],
    ['directions to a place of the business', 'directions to your nearest branch', false],
    ['a contact card shared', 'forward my contact to Priya', false],
    ['the speaker’s own org chart', 'who is my line manager on the portal', false],
    ['what a product includes', 'do premium accounts get a relationship manager', false],
    ['chat preferred to the phone', 'i would rather do this in chat than on the phone', false],
    ['the bot asked to explain', 'tell me about your travel insurance', false],
    ['a plan switched to', 'switch me to the cheaper plan', false],
    ['what answers, a recording', 'is this a real person or a recording', false],
    ['what answers, one of the staff', 'are you a member of the bank staff', false],
    ['someone of a unit in two words, asked to act', 'can someone from the claims side get in touch', true],
    ['a worker asked for', 'i want to talk with a worker from the bank', true],
    ['the workers told of', 'the workers at the branch were rude', false],
    ['a message asked for when someone is free', 'message me when an advisor is available', true],
    ['a message asked for when a thing happens', 'text me when my parcel ships', false],
    ['someone else to ask, asked', 'this bot is no help. who else can i ask?', true],
    ['an answer to a question, then put through', 'if so transfer me please', true],
    ['put through, a condition told', 'if you transfer me i lose my place', false],
    ['a wait, told', 'it took me over an hour to speak to a real person', false],
    ['a wait made, told', 'your system makes you wait to speak with an agent', false],
    ['what happens when the speaker calls', 'when I ring your helpline I get a robot', false],
    ['when the speaker calls, asked', 'when I call can I speak to a manager', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

// Round 54: a talk asked for in the -ing form, someone named by rank or by a branch of ours, a word had with someone,
// and the same words telling of a talk or a meeting at work.
describe('requests for a person, round 54: the -ing form, ranks and branches, a word with someone', () => {
  it.each([
    ['a talk insisted on', 'I insist on speaking with a manager about how I was treated at your store', true],
    ['a talk that would be appreciated', 'I would appreciate speaking with a nurse about my dose', true],
    ['a way of talking, asked', 'is there any way of speaking to a human about this', true],
    ['the options for contacting someone, asked', 'what are the options for contacting an agent', true],
    [
      'a talk with someone of a trade insisted on',
      'I insist on talking to the pharmacist about how I was treated',
      true,
    ],
    ['a talk going on, told', 'I was just talking to someone about my rebate and we got cut off', false],
    ['a talk asked of the bot', 'were you talking to anyone or to yourself', false],
    ['a talk as the subject, judged', 'talking to a human was useless last time', false],
    ['a talk recommended to another', 'I recommend talking to your manager', false],
    ['someone of a branch of ours', 'let me speak with the store manager of the Leeds branch', true],
    ['someone of a branch of ours, no article', 'connect me to the manager of Main Street branch', true],
    ['someone of another company', 'get me the head of sales at Acme', false],
    ['someone named by rank, asked for', 'can I get the store manager', true],
    ['someone named by rank, wanted', 'I want the store manager', true],
    ['someone the speaker may have, asked', 'do I have a dedicated advisor', false],
    ['a word with someone, asked', 'could I have a word with the store manager regarding the refund', true],
    ['a talk with someone, discussed', 'I would like to discuss this with a supervisor', true],
    ['a meeting at work with a team', 'we need to discuss the issue with the team tomorrow', false],
    [
      'someone to deal with, preferred',
      "I'd prefer to deal with the store manager about how I was treated",
      true,
    ],
    ['someone dealt with, told', 'I had to deal with a rude agent last week', false],
    [
      'a matter discussed with someone of a trade',
      'I want to discuss my claim with the adjuster handling it',
      true,
    ],
    ['a matter discussed, told', 'I discussed my claim with the adjuster yesterday', false],
    ['someone of a trade reached', 'I need to reach the loss adjuster for claim 5521', true],
    ['someone of a trade, in touch', 'please put me in touch with the housing officer', true],
    ['a techie asked to call', 'need a techie to ring me, my laptop is dead', true],
    [
      'the manager of one of our people',
      'I want to speak to the supervisor of the agent who hung up on me',
      true,
    ],
    [
      'contacted, asked, with the matter after',
      'I would like to be called back concerning my late refund',
      true,
    ],
    ['the business by phone, asked', 'how can I contact you by telephone', true],
    ['the business by letter, asked', 'how can I contact you by letter', false],
    ['someone at the speaker’s home', 'let me talk to someone at home and I will come back to you', false],
    ['a thing named after someone', 'grant me admin access to the shared drive', false],
    ['a place of ours wished to call', "I'd like the branch to phone me about my loan", true],
    ['a place of ours asked to call', 'can I have the store call me after 5pm', true],
    ['the speaker’s own wished to call', "I'd like my wife to call me", false],
    ['put through, a word of address after', 'transfer me ji', true],
    ['a likeness in speech', 'you speak like a real human', false],
    ['a likeness in how the speaker is talked to', 'talk to me like a normal human, no lists please', false],
    ['a likeness in how the speaker is treated', 'treat me like a human being for once', false],
    ['which line the chat is, asked', 'hi is this the help desk?', false],
    ['what a team did, told', 'customer services told me to write in here', false],
    ['whether someone is always at a place', 'is there usually a pharmacist on duty in the branch', false],
    ['someone free for a talk, asked', 'is the doctor free for a quick chat', true],
    ['someone free for a talk, asked', 'is a nurse free to talk now', true],
    ['someone free for a talk, told', 'the manager was free for a chat yesterday and we sorted it', false],
    ['someone to ask, asked', 'is there someone in the pharmacy I can ask about side effects', true],
    ['someone who will ask, told', 'the agent will ask you for your ID', false],
    ['a run of noes answering the menu', 'main menu no no no I want a person', true],
    ['whom to call, asked in a reply to an account', '@AcmeAir who do I call about a lost bag?', true],
    ['whom to talk to, asked with an adverb', 'who do I actually talk to about my bill', true],
    ['what the bot told the speaker to do', 'your bot told me to contact support', false],
    ['a private message asked of an account', '@ZipTel DM me please, the chat keeps crashing', true],
    ['a private message asked of the customer', 'DM me your order number', false],
    ['someone of a trade to talk to, asked', 'is there a nurse I can speak with', true],
    [
      'a call wished after a story',
      "the bath leaked all night and I'd like the duty manager to call me about it",
      true,
    ],
    ['what the menu heard instead, set aside', 'I said representative not reservation', true],
    ['a matter to discuss with anyone', 'I need to discuss a bereavement with someone', true],
    ['the number of the call centre, asked', 'whats the number for your call centre', true],
    ['staff who speak a language, asked', 'do you have anyone who speaks Polish at the branch', false],
    ['whether people read the chat later', 'are there any real people reading this later?', false],
    ['a message passed on', 'please pass this on to whoever designs the app', false],
    ['the speaker passed on', 'pass me on to a manager', true],
    ['calls had, told', "I've had two people from your sales team call me this week", false],
    ['put through, a sentence run on', 'pls transfer me im on my lunch break', true],
    ['put through, spelt as texted', 'put me thru to the gas emergency team', true],
    [
      'someone at a place of ours asked to call, named at length',
      'can the branch where I rented the car give me a ring',
      true,
    ],
    ['someone asked to message the speaker', 'can the club leader message me about today', true],
    ['a thing sends a notice', 'can the app message me when it ships', false],
    [
      'whoever took over the speaker’s account asked to call',
      'could whoever has taken over our account give me a ring',
      true,
    ],
    ['someone of a unit asked for', 'I was told to ask for the hardship team', true],
    ['where to call, with why after', 'where do I call if I need to talk to somebody?', true],
    ['a contact wished politely', "I'd appreciate it if someone from your privacy team got in touch", true],
    ['a fix wished politely', "I'd appreciate it if you fixed this today", false],
    ['a contact as a noun on the account', 'update the billing contact to our finance team', false],
    ['someone asked to relay a call', 'ask the duty manager to call room 412', true],
    [
      'put back to whom the speaker was talking with',
      'transfer me back to the agent I was chatting with before',
      true,
    ],
    ['a talk asked if possible', "if possible i'd like to speak with a person about this", true],
    ['a call back asked of "you guys"', 'can you guys call me', true],
    ['a habit of the past', 'I used to speak to my relationship manager about my savings', false],
    [
      'a place of ours put through to, with where after',
      'connect me to the branch where i picked up the car',
      true,
    ],
    ['a hotel put through to', 'put me through to the hotel, not the booking site', true],
    ['the number of customer care, asked with "no."', 'pls provide customer care no.', true],
    ['the speaker’s own number on file', 'which phone number do you have for me', false],
    ['a kind of number the speaker calls', 'how do I call an international number with your plan', false],
    ['a record of a chat asked for', 'send me a transcript of this chat', false],
    ['a record of a call asked for', 'can I get the transcript of my call with your team', false],
    ['the chat saved', 'save this chat', false],
    ['staff complimented', "i'd like to compliment one of your staff members", false],
    ['a job asked about', 'how do I become a customer service agent', false],
    ['what a team knows, asked', 'is the fraud team aware of this?', false],
    ['a thing moved to someone', 'will my remaining sessions transfer to someone else?', false],
    ['a booking moved to someone', 'transfer my booking to another person', false],
    ['a talk asked if they mind', 'mind if I speak to an actual person', true],
    ['a call back noun, then what it is about', 'callback re ticket 48213', true],
    [
      'someone assigned to the speaker’s company asked to call',
      'can our account manager call me back today?',
      true,
    ],
    ['the speaker’s own manager asked to call', 'have my manager call me', false],
    ['someone of a trade asked for by "can I get"', 'can i get the on call engineer please', true],
    [
      'whom to talk to, after a greeting',
      'hey who should i talk to about getting our delivery slots changed',
      true,
    ],
    [
      'someone asked to call, after a greeting',
      'hello could a member of the payroll team give me a ring',
      true,
    ],
    ['where to ring for a part of the business', 'where do I ring for business banking support?', true],
    ['where to ring for another service', 'where do I ring for a taxi', false],
    ['a way of contact of a part of the business, alone', 'number for the payroll team?', true],
    ['a way of contact of a part of the business, alone', 'out of hours support number', true],
    ['a way of contact of a part of the business, alone', 'help desk phone', true],
    ['the speaker’s own way of contact, alone', 'update my phone number', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
  it.each([
    ['a line of the business, put through', 'yol yardım hattına bağlanmak istiyorum', true],
    ['a line of the business, put through, asked', 'şikayet hattına aktarabilir misiniz', true],
    ['a line, failed to reach', 'destek hattına bağlanamadım', false],
    ['the speaker’s own line', 'hattıma bağlanamıyorum', false],
    ['the speaker’s banker', 'beni bankacıma bağlar mısınız', true],
    ['a point of contact’s number, yours', 'çağrı merkezi numaranızı verir misiniz', true],
    ['someone named, the ending after an apostrophe', "Selin Hanım'a bağlanabilir miyim", true],
    ['someone named, the ending after an apostrophe', "Kemal Bey'le görüşmek istiyorum", true],
    ['an office reached, asked how', 'tapu müdürlüğüne nasıl ulaşabilirim', true],
    ['whether someone reads the chat later', 'bu sohbeti gerçek bir temsilci okuyor mu daha sonra', false],
    ['someone of the business, where they are', 'ya müşteri temsilcisi nerde bulamıyorum', true],
    ['where staff work, asked', 'temsilcileriniz nerede çalışıyor', false],
    ['staff who know a foreign language, asked of', 'yabancı dil bilen çalışanınız var mı şubede', false],
    ['put through to whoever, named before', 'kiminle görüşmem gerekiyorsa ona aktarın', true],
    ['the number to call a place of ours on, needed', 'resepsiyonu arayacağım numara lazım', true],
    ['the business’s number given, to call it', 'numaranızı verin arayayım', true],
    ['the customer’s number asked by the business', 'numaranızı verin sizi arayalım', false],
    ['a call back on the number on file', 'kayıtlı numaramdan arayın lütfen', true],
    ['a call back, when and why after', 'akşam 6dan sonra arayın işteyim', true],
    ['whether a human writes or a bot', 'insan mı yazıyor bot mu', false],
    ['a job as one of the staff', 'temsilci olmak istiyorum ilanınız var mı', false],
    ['the e-mail of a team of the business, in the genitive', 'destek ekibinin maili ne', true],
    ['the number of a unit, its ending after an apostrophe', "İK'nın telefon numarası ne", true],
    ['the number of a branch, in the genitive', 'kargo şubesinin telefonu ne', true],
    ['the number of a neighbour, in the genitive', 'komşumun telefonu ne', false],
    ['anyone there, then how long the speaker has waited', 'kimse yok mu ya 2 saattir bekliyorum', true],
    ['how long the speaker has waited, alone', '20 dakikadır yazıyorum', false],
    ['a call back, "you may call me"', 'hafta içi öğlen arayabilirsiniz beni', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 55: a person or a machine asked, the bot praised, the chat as a thing', () => {
  it.each([
    ['which of the two answers, "or not"', 'is my message going to an actual person or not', false],
    ['which of the two wrote it', 'did a human answer my last email or a bot', false],
    [
      'which of the two, the machine first',
      'hang on is this an automated service or are you a person',
      false,
    ],
    [
      'which of the two, after a handle',
      '@CityRail is there a human running this account or is it AI',
      false,
    ],
    ['which of the two, a team', 'will a real team look at my claim or is it all automated', false],
    ['someone there, or only machines', 'is there anybody human on this chat or only bots, need help', true],
    ['one to talk to, or machines', 'is there a person I can talk to or is it all automated', true],
    ['a person asked for after the question', 'is this a bot or can I get a real person', true],
    ['no objection to the bot', "honestly I don't mind chatting with a bot if it sorts this out", false],
    ['the bot said to have done its job', 'that chatbot sorted it in two minutes, nice one', false],
    ['the bot praised as decent', 'your assistant bot is actually decent tbh', false],
    ['the bot said to have helped', 'your bot actually helped me out there, ta', false],
    ['the bot praised, a person still asked for', 'the bot is decent but I need a person for this one', true],
    [
      'what happens when the speaker calls, told',
      'the caller id shows a random name when we call people',
      false,
    ],
    [
      'a call when the speaker calls, a manager asked for',
      'when I call the store nobody answers, get me a manager',
      true,
    ],
    ['the conversation as a thing recorded', 'is this conversation being recorded', false],
    ['the conversation as a thing kept safe', 'is this chat encrypted end to end', false],
    ['the conversation as a record', 'email me the chat history please', false],
    ['a human being asked for', 'can I please speak with a human being', true],
    [
      'someone the speaker can ring, from a part named between',
      'is there anyone from accounts I can ring this evening',
      true,
    ],
    ['someone the speaker can e-mail', 'is there somebody I can email about a lost deposit', true],
    ['the right one to call, asked', 'who is the right person in facilities to call about the heating', true],
    ['nobody to talk to, told', 'there is nobody I can talk to at home about this', false],
    ['a line of a part of the business', 'what is the email for the lettings team office', true],
    ['a direct line of a branch', 'whats the direct line for the leeds showroom', true],
    [
      'a line of a part, after "phone number"',
      'what is the phone number for the parking permits office',
      true,
    ],
    ['the head office’s e-mail', 'could I have the email for your head office please', true],
    ['a number to call, what for after it', 'give me a number I can ring to move my delivery slot', true],
    ['a number to call, asked with "what"', 'what number do I ring to renew my parking permit', true],
    ['another service’s number', 'what is the number for a locksmith', false],
    ['a place nearby', 'find me the number for the chinese takeaway nearby', false],
    ['an automated line', 'what number do I call to activate my new card', false],
    ['someone else reached by a call', 'what number do I call to reach my daughter at school', false],
    ['a member of a team', 'could I speak with a member of the lettings team about my deposit', true],
    ['one of a team', 'can I talk to one of your mortgage staff', true],
    ['a member of staff judged', 'a member of staff was very rude to me', false],
    [
      'a team asked for first, the matter after',
      'fraud team please, someone has used my card in three shops I have never been to',
      true,
    ],
    [
      'a team told of first',
      'the fraud team, they called me yesterday about my card and said it was fine',
      false,
    ],
    ['a WhatsApp message sent', 'send a whatsapp to my sister saying I am running late', false],
    ['the speaker’s own person to call the business', 'can my solicitor call you about the lease', false],
    ['the speaker’s own person to talk to the business', 'can my daughter talk to you on my behalf', false],
    [
      'the business’s account manager assigned to the speaker',
      'can my account manager call me back today',
      true,
    ],
    ['someone’s notes, a thing', 'can I read the adviser’s notes from my last appointment', false],
    ['someone’s address, a thing', 'post it to another person’s address please', false],
    ['staff parking, a thing', 'is there staff parking near the clinic', false],
    [
      'a wish of the past, told with when',
      'I wanted to talk to someone yesterday but it got sorted, thanks',
      false,
    ],
    ['a wish in the past tense, as politeness', 'I wanted to speak to a manager about my bill', true],
    ['what the bot is, asked in two sentences', 'who is this? a robot?', false],
    ['who reads the speaker’s chats, asked', 'are my messages to you read by real people', false],
    ['put through to a part the grammar has no word for', 'put me through to corporate travel please', true],
    ['a talk with a unit, "let me"', 'let me talk to lettings about the inventory', true],
    ['a talk with the lab', 'I need to speak to the lab about my sample', true],
    ['a direct message asked alone', 'plz dm', true],
    ['a direct message asked, why after', 'can u dm me about the missing refund', true],
    ['a direct message, the business asking', 'dm me your booking reference', false],
    ['an address to write to', 'is there an email I can write to about a billing error', true],
    ['an address to send to', 'can I have an email address to send the forms to', true],
    ['an e-mail to someone else', 'I need an email to send to my landlord', false],
    [
      'what someone told the speaker, told',
      'the lady at the front desk told me to message you here instead',
      false,
    ],
    [
      'what someone told, then a manager asked for',
      'the agent told me to wait, can I speak to a manager',
      true,
    ],
    ['a call back on a number, why after it', 'please call me on 07123 456789 about my parking permit', true],
    ['a call back on a number, thanks after it', 'ring me on 0161 496 0000 thanks', true],
    ['calls on a number, told', 'they ring me on 07123 456789 every single day', false],
    ['contact asked, why after it', 'contact me please, it is about my deposit', true],
    ['contact told as a habit', 'they contact me every week about renewals', false],
    ['contact offered', 'contact me if you need anything else', false],
    ['a unit of services asked for', 'patient services please', true],
    ['a unit of services as a topic', 'IT shared services', false],
    ['someone, typed short', 'need to talk to smbdy about my rent', true],
    ['someone, a letter lost', 'can I speak to sombody about my loan', true],
    ['the business’s negotiator', 'can I talk to the sales negotiator about the flat', true],
    ['a place of the business owning the line', 'what is the surgery’s phone number', true],
    ['someone else’s number', 'what is my brother’s number', false],
    ['a line for lost things', 'is there a number for lost property', true],
    ['which line this is, asked', 'is this the number for lost property', false],
    ['put through to a unit named in four words', 'connect me to the out of hours repairs team', true],
    ['how to contact a unit’s staff', 'how do I contact the radiology secretaries', true],
    ['an errand to contact a trade', 'contact the dentist for me', false],
    ['a call back, the number right after', 'pls call me 07400 123456', true],
    ['a call from a unit wished', 'I would like a call from payroll please, it is about my tax code', true],
    [
      'a phone call from someone of the business wished',
      'I would appreciate a phone call from the branch manager',
      true,
    ],
    ['a unit fetched on the phone', 'can I get billing on the phone', true],
    ['a visit booked with a trade', 'book a phone consultation with the nurse', false],
    ['a call of the speaker’s own', 'schedule a call with the supplier for Monday', false],
    ['a call had, told', 'I had a call from your team yesterday', false],
    [
      'a call told, on the phone with someone',
      'I was on the phone with one of your advisers for an hour on Monday',
      false,
    ],
    ['a call told, on a call with someone', 'we were on a call with your engineer Sam last week', false],
    ['a booking of a call told', 'I have booked a call with your mortgage adviser for Friday', false],
    ['a booking of a call asked', 'can I book a call with your mortgage adviser', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });

  it.each([
    ['which of the two, with "yoksa"', 'şu an bir temsilciyle mi yazışıyorum yoksa otomatik mi', false],
    ['which of the two writes, two question words', 'bu cevapları insan mı yazıyor bot mu', false],
    ['a tag question about the bot', 'sen bir robotsun değil mi', false],
    ['a tag question, the speaker talking to a bot', 'şu an bot ile yazışıyorum değil mi', false],
    [
      'which of the two, then a person asked for',
      'bot mu insan mı bilmiyorum beni bir insana bağlayın',
      true,
    ],
    ['the bot refused', 'botla konuşmak istemiyorum', true],
    ['the bot praised', 'bu bot gerçekten çok zeki', false],
    ['the bot praised, addressed', 'akıllı bir robotsun vallahi', false],
    ['the business’s e-mail, a purpose before it', 'öneriler için e-posta adresiniz var mı', true],
    ['the business’s e-mail, a purpose before it', 'iade için mail adresiniz ne', true],
    ['the business’s e-mail, given politely', 'mail adresinizi verir misiniz rica etsem', true],
    ['the customer’s number, asked to call them', 'telefon numaranızı verin sizi arayalım', false],
    ['the customer’s number, asked to get back to them', 'numaranızı yazın size dönelim', false],
    ['a unit’s number, in the genitive', 'muhasebe biriminin numarası kaç', true],
    ['an office’s phone, in the genitive', 'kayıp eşya ofisinin telefonu var mı', true],
    ['a branch’s phone, as an object', 'şube telefonunu verebilir misiniz', true],
    ['a department’s e-mail, in the genitive', 'idari işlerin e-posta adresi nedir', true],
    ['head office’s number, in the genitive', 'genel müdürlüğün numarası ne', true],
    ['a relative’s phone', 'ablamın telefonu var mı sende', false],
    ['someone of the business asked to write to the speaker', 'muhasebeden biri bana mail atabilir mi', true],
    ['someone of the business asked to come', 'odama bir teknisyen gelsin lütfen', true],
    ['someone of a team asked to come to the phone', 'satış ekibinden biri telefona çıksın', true],
    ['the business asked to write by direct message', '@TeknoBank dm atar mısınız', true],
    ['the business asked to get back by direct message', 'DM’den dönüş yapar mısınız', true],
    [
      'the assistant asked to write to the speaker’s team',
      'ekibime toplantı notlarını mail atar mısın',
      false,
    ],
    ['a courier to come', 'kurye kapıya gelsin', false],
    ['the speaker’s own family to write', 'annem bana mesaj atsın', false],
    [
      'a unit asked for first, the matter after',
      'hasar birimi lütfen, aracım servisten hasarlı döndü ve kimse ilgilenmiyor',
      true,
    ],
    ['the bot praised, a person asked for after', 'bot iyi ama yetkiliyle görüşmek istiyorum', true],
    ['technical support named alone, a topic', 'teknik destek', false],
    ['technical support asked for', 'teknik desteğe bağlar mısınız', true],
    ['no need of an agent any more', 'yetkiliye gerek kalmadı sorun çözüldü', false],
    ['the speaker not reached by someone', 'kargocu bana ulaşamıyor adres eksikmiş', false],
    ['the speaker unable to reach anyone', 'hiç kimseye ulaşamıyorum', true],
    ['someone’s personal e-mail', 'Ayşe’nin kişisel mail adresi ne', false],
    ['your bot refused', 'botunuz hiçbir işe yaramıyor', true],
    ['the IT unit talked to', 'bilgi işlemle konuşmam lazım', true],
    ['the administrative unit asked to call', 'idari işler beni arasın lütfen', true],
    ['a call back wished in the passive', 'tarafıma dönüş yapılmasını rica ediyorum', true],
    ['a call back asked to be had', 'muhasebeden geri arama alabilir miyim', true],
    ['a support line asked about', 'IT destek hattı var mı acaba', true],
    ['a switchboard’s number', 'hastanenin santral numarası ne', true],
    ['contact details wanted', 'genel müdürlüğün iletişim bilgilerini istiyorum', true],
    ['a number asked for, to call', 'bir numara verin arayayım', true],
    ['an order number asked for', 'sipariş numarası verir misiniz', false],
    ['someone sent', 'şu botu kapatın bir insan gönderin', true],
    ['someone given to the speaker', 'bana bir yetkili verin artık', true],
    ['someone assigned to the speaker', 'dosyama bir temsilci atayın lütfen', true],
    ['a parcel sent', 'kargoyu bana gönderin', false],
    ['the speaker called, in a petition’s passive', 'tarafımın telefonla aranmasını arz ederim', true],
    [
      'the speaker reached, in a petition’s passive',
      'tarafıma en kısa sürede ulaşılmasını talep ederim',
      true,
    ],
    ['reach me, asked', 'lütfen bana ulaşın numaram kayıtlı', true],
    ['a call back by e-mail', 'bana e-posta ile dönüş yapar mısınız', true],
    ['someone of staff asked to write', 'öğrenci işlerinden bir personel bana mail atsın', true],
    ['someone needed to talk by phone', 'benimle telefonda konuşacak biri lazım', true],
    ['you called useless', 'hiç işe yaramıyosun', true],
    ['a talk with you refused', 'seninle konuşmak istemiyorum', true],
    ['no need of bots', 'botlara ihtiyacım yok', true],
    ['the assistant pointed at, useless', 'bu asistan hiç işe yaramıyor', true],
    ['a tag question after a negation', 'sen bot değilsin değil mi', false],
    ['the assistant praised as quick', 'sanal asistanınız çok hızlı', false],
    ['which number to call', 'iade için hangi numarayı arayacağım', true],
    ['which address to write to', 'faturayı hangi mail adresine atayım', true],
    ['which of the lines, asked', 'şikayet hattınız hangisi', true],
    ['a unit’s phone, in the genitive', 'bölüm sekreterliğinin telefonu ne', true],
    ['the line of a friend’s parent', 'arkadaşımın veli telefonu lazım', false],
    ['how to reach someone, the aorist', 'müşteri temsilcisine nasıl ulaşırım', true],
    ['how to reach a branch', 'kredi şubesine nasıl ulaşabilirim', true],
    ['how to reach an order', 'siparişime nasıl ulaşırım', false],
    ['whether a person reads this message', 'bu mesajı gerçek bir insan okuyacak mı', false],
    ['whether we write with a bot now', 'botla mı yazışıyorum şu an', false],
    [
      'a talk asked, a product word after',
      'yazılım ekibinden biriyle görüşebilir miyim, webhook çalışmıyor',
      true,
    ],
    ['setting up a product, no talk asked', 'API entegrasyonu için destek ekibi kurmak istiyoruz', false],
    ['someone given, the bare imperative', 'anlamadım bir insan ver bana', true],
    [
      'the speaker reached, with respects between',
      'tarafıma telefonla ulaşılmasını saygılarımla arz ederim',
      true,
    ],
    ['the business’s number, written down', 'telefon numaranızı yazar mısınız', true],
    ['someone insisted on, "I said"', 'hayır hayır yetkili dedim', true],
    ['someone insisted on after a wake word', 'okey google hayır yani müşteri temsilcisi', true],
    ['someone refused after "no"', 'hayır temsilci istemiyorum', false],
    [
      'what the speaker did to reach someone, told',
      'müşteri hizmetlerine ulaşmak için yarım saat anons dinledim',
      false,
    ],
    ['how to reach someone, asked', 'müşteri hizmetlerine ulaşmak için ne yapmalıyım', true],
    ['whom the speaker talks with, asked', 'şu an kiminle yazışıyorum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 56: the business itself reached, the bot told off, call backs of chat', () => {
  it.each([
    ['the one answering called useless', 'you are totally useless', true],
    ['the one answering called useless, in chat spelling', 'omg ur so useless lol', true],
    ['the one answering, not helping', "you're not helping me at all", true],
    ['the one answering, a waste of time', 'you are a waste of my time', true],
    ['the one answering, of no use', 'you are no help', true],
    ['useless before, told', 'you were useless last time too', false],
    ['a thing judged useless', 'your tracking page is useless', false],
    ['the one answering, not useless', 'you are not useless', false],
    ['the one answering praised', 'you are so helpful', false],
    ['a complaint with more after it', 'you are useless, the parcel is still not here', false],
    ['a call back in a chat spelling', 'pls call mi back', true],
    ['a call back, "you" first', 'you call me', true],
    ['a call to the speaker’s number', 'call on my mobile please', true],
    ['a call asked last, whom left out', 'i have shared my number, can you please call', true],
    ['a call owed, put as a need', 'you guys need to ring me back asap', true],
    ['a call to someone else, owed', 'you need to call my landlord', false],
    ['getting back asked', 'please get back to me soon', true],
    ['getting back told', 'nobody ever got back to me', false],
    ['leave to e-mail the business', 'can we email you instead', true],
    ['a form e-mailed', 'can i email you the signed form', false],
    ['a reply to the speaker’s message asked', 'kindly reply to my email', true],
    ['a reply asked in much of the world’s English', 'please revert asap', true],
    ['the phone, to be answered', 'someone pick up the damn phone', true],
    ['why the phone is not answered, asked', 'why does nobody answer the phone', false],
    ['getting through, asked', 'how can i get through to you', true],
    ['getting through, told', 'i finally got through this morning', false],
    ['the private messages, to be read', 'check your dms please', true],
    ['a follow back asked, to write privately', 'follow me back so i can dm you', true],
    ['a follow on another site', 'follow us on instagram', false],
    ['how to get in touch with the business', 'how do i get in touch with you', true],
    ['how to reach the business as a place', 'how can i reach the hotel directly', true],
    ['how to reach a seller', 'how do i contact the seller', false],
    ['a count of people', 'just two people please', false],
    ['a count of guests, a booking', 'table for 4 people', false],
    ['a person asked, not counted', 'one of your people please', true],
    ['whether a person watches the chat', 'is a real person watching this chat', false],
    ['the speaker’s own call, tomorrow', "i'll ring customer services tomorrow then", false],
    ['the speaker’s own talk, elsewhere', "i'm going to talk to a manager at the store", false],
    ['a talk needed later still asks', "i'll need to speak to a supervisor tomorrow", true],
    ['a wait for the next one', "ok i'll hold for the next available agent", true],
    ['a call just ended', 'just got off the phone with your billing team, all sorted', false],
    ['written back to, now', 'text me back asap', true],
    ['a thing e-mailed', 'email me the receipt', false],
    ['a reply awaited from someone', 'still waiting to hear from somebody', true],
    ['a reply awaited on a private message', 'been waiting on a dm for ages, please help', true],
    ['a call awaited from the speaker’s own', "i'm waiting for a call from my sister", false],
    ['the speaker’s enquiry to be attended to', 'kindly attend to my inquiry', true],
    ['the business’s inbox to be answered', 'respond to your messages!', true],
    ['the business’s inbox, "surely" first', 'surely respond to your dms', true],
    ['what the speaker was told to do', 'the app keeps telling me to call customer care', false],
    ['a human’s part named alone', 'human intervention needed', true],
    ['a human’s error', 'human error on my invoice', false],
    ['how to talk with a desk, asked', 'how can i speak with your enquiries desk?', true],
    ['the one answering does not follow', "u don't understand me", true],
    ['a language not understood', "you don't understand my accent", false],
    ['a line at a number, the speaker reached', 'call me on this number 9841234567', true],
    ['the speaker reached at a number, no verb object', 'please contact on 98412 34567', true],
    ['the speaker reached on a line named', 'contact me on my mobile', true],
    ['a notice on a line named', 'text me on my mobile', false],
    ['written to at an address', 'email me at ram@example.com', true],
    ['someone else reached at a number', 'contact the landlord at 5551234567', false],
    ['a call asked in a word', 'phone call pls', true],
    ['a line of a part, alone', 'phone number of the admissions office', true],
    ['a line of a part named first', 'college email id', true],
    ['a line of a part, asked, the part a place', 'what is the campus phone number?', true],
    ['the speaker’s own line', 'my contact number', false],
    ['a line of someone else', 'phone number of my landlord', false],
    ['a message about a thing', 'the email of confirmation', false],
    ['a bare line of the business', 'toll free no', true],
    ['a reply asked in a word, with please', '@AcmeHelp please reply', true],
    ['an answer asked of the business', 'answer me!', true],
    ['contact asked in a word', 'kindly get in touch', true],
    ['a menu word alone', 'reply', false],
    ['a question to be answered', 'please answer my question', false],
    ['an address to complain to, asked', 'can i have an email address to complain to?', true],
    ['the business’s address, to write to it', 'can you give me your mail to contact you', true],
    ['a reply from the business, asked when', 'when will i get a response from you???', true],
    ['hearing back, asked when', 'when will we hear back', true],
    ['a refund, asked when', 'when will i get my refund', false],
    ['hours of people, asked', 'what hours are your agents available', false],
    ['a word of address first, a call back', 'sir please call me, 2nd complaint same issue', true],
    ['a word of address first, contact at a number', 'madam pls contact me on 0801 234 5678', true],
    ['a reply asked in Pidgin', 'abeg reply me', true],
    ['private messages to be read, a reply joined on', 'check my dm and reply asap', true],
    ['a call back asked as a noun', 'requesting callback on registered mobile', true],
    ['a private message asked, for help', 'kindly dm for assistance', true],
    ['whom to contact, "pls" first', 'pls who do i contact about my pension', true],
    ['a reply and a call asked together', 'please respond to my email and call me', true],
    ['which number to use, asked', 'what number should i dial?', true],
    ['a number that gets answered, asked', 'give me a number that actually gets answered', true],
    ['a number for a taxi, asked', 'what number do i call for a taxi', false],
    ['a part named by a word and its kind, its line', 'admissions office phone number', true],
    ['a part’s number, where after', 'baggage desk contact number lagos airport', true],
    ['the number of the business’s place', 'i need the number of your office at the airport', true],
    ['the number of a thing', 'room number', false],
    ['the bot does not follow', 'bot dont understand anything', true],
    ['the bot does not follow a language', "the bot doesn't understand spanish", false],
    ['the bot called trash', 'your bot is trash', true],
    ['the business asked to reach out', 'please reach out to me, card blocked', true],
    ['the speaker reaching out to someone', 'i will reach out to my bank', false],
    ['whether a call is free, asked', 'is the helpline free to call from abroad', false],
    ['what a call costs, asked', 'what does a customer care call cost from a landline', false],
    ['an agent asked for free', 'can i speak to an agent for free', true],
    ['the bot sent away', 'robot go away', true],
    ['a line asked for with "please"', 'phone no pls', true],
    ['the speaker’s own line, with "please"', 'my phone number please', false],
    ['how to contact the business named by its trade', 'how do i contact the water company', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });

  it.each([
    ['they are asked to get in touch', 'numaramı bıraktım benimle iletişime geçsinler', true],
    ['getting in touch asked in the passive', 'en kısa sürede benimle iletişime geçilsin', true],
    ['getting in touch told, the aorist', 'benimle iletişime geçerler herhalde', false],
    ['a branch’s number asked as a favour', 'paketin olduğu şubenin telefonunu rica ediyorum', true],
    ['someone’s phone asked as a favour, no owner', 'telefonunu rica ediyorum', false],
    ['a branch’s line alone is the question', 'en yakın şubenin numarası?', true],
    ['a branch’s line, told of', 'şubenin telefonu hiç açılmıyor', false],
    ['a relative’s number', 'kardeşimin numarası', false],
    ['whom the speaker talks with, "ben" first', 'ben kiminle görüşüyorum şuan', false],
    ['the support team needed', 'acil destek ekibine ihtiyacımız var', true],
    ['the support team judged', 'destek ekibiniz hiç ilgilenmiyor', false],
    ['the business reached, wished', 'mağazanıza ulaşmak istiyorum', true],
    ['the business reached, not wished', 'size ulaşmak istemiyorum', false],
    ['how to reach the business as "your" place', 'bankanıza nasıl ulaşırım', true],
    ['the one answering called useless, the aorist', 'hiç işe yaramazsın', true],
    ['the one answering told it does not follow', 'sen beni anlamıyorsun', true],
    ['someone else does not follow', 'annem beni anlamıyor', false],
    ['a way to reach the business, alone', 'iletişim bilgileri lütfen', true],
    ['the speaker’s own details to be changed', 'iletişim bilgilerimi güncelle', false],
    ['a municipality’s desk put through to', 'beyaz masaya bağlar mısınız', true],
    ['a registered e-mail address asked', 'kep adresiniz nedir', true],
    ['the bot called names', 'salak bot', true],
    ['the bot refused in a short message', 'seni istemiyorum bot', true],
    ['the support team’s address, alone', 'destek ekibinin mail adresi', true],
    ['another number to reach the business', 'ulaşabileceğim başka bi numara var mı', true],
    ['a courier’s phone, told', 'kurye telefonu hiç açılmıyor', false],
    ['a reply asked on a private line', 'lütfen dm den dönüş yapın', true],
    ['writing privately asked', 'özelden yazar mısınız', true],
    ['a call asked, the speaker left out', 'arkadaşlar bi arayın ya', true],
    ['someone else to be called', 'annemi arayın', false],
    ['a private message told', 'dmden yazdım', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 57: fresh real sources', () => {
  it.each([
    ['a transfer to someone’s account', "I'd like to transfer to somebody's checking", false],
    ['a transfer to a person’s account', "transfer to the agent's account", false],
    ['a transfer to someone’s wallet, asked', "can I transfer to someone's wallet", false],
    ['the speaker put through to someone', 'transfer me to someone please', true],
    ['the speaker put through to someone’s desk', 'transfer me to someone’s desk', true],
    ['a line alone, typed as a menu choice', 'telephone no', true],
    ['an address alone, typed as a menu choice', 'mail id', true],
    ['a line kind alone, no line', 'email', false],
    ['a contact id is no line', 'contact id', false],
    ['whom to complain to, asked', 'who should I complain to about the delay', true],
    ['whom to complain to, run on after the matter', 'the refund never came who do i complain to', true],
    ['someone described with "who"', 'the driver who can i trust', false],
    ['the one answering called a name', 'u r such an idiot', true],
    ['the one answering called stupid, "too"', 'you are too dumb', true],
    ['someone else called stupid', 'he is too stupid', false],
    ['the speaker called stupid', 'I am such an idiot', false],
    ['an emergency service’s line', 'helpline number of the fire brigade', false],
    ['the police’s line', 'police helpline no', false],
    ['a line of the business’s part', 'helpline number of the exam cell', true],
    [
      'the address asked, what it is for after',
      'could you give me your email so that I can send the police report',
      true,
    ],
    ['a line nobody can find', 'I was unable to locate the returns department email', true],
    ['the address a part is reached at', 'which email should I reach the complaints team at', true],
    ['the address someone else is reached at', 'what email can i reach my landlord at', false],
    ['how to reach a part, asked to be told', 'kindly tell me how to contact the admissions office', true],
    [
      'how to reach someone of the speaker’s, asked to be told',
      'please tell me how to contact my teacher',
      false,
    ],
    ['the bot judged of no help', 'your chatbot isnt useful at all', true],
    ['the bot judged of no help at one thing', 'the bot is not good at maths but fine', false],
    ['the one answering refused to its face', 'i do not wanna talk with you anymore', true],
    ['the one answering refused about a matter', 'i dont want to talk to you about my divorce', false],
    ['the speaker’s call returned, asked', 'pls return my calls', true],
    ['the speaker’s call never returned, told', 'nobody ever returns my calls', false],
    ['a call back preferred', 'we would prefer a callback', true],
    ['the business’s contact as a noun, wanted', 'i need ur contact pls', true],
    ['the speaker’s own contact', 'i need to update my contact', false],
    ['what the bot is, after a word of address', 'bro are you an ai', false],
    ['the bot asked to prove it is human', 'how would you prove that you are a real person', false],
    ['a department’s matter as the topic of help', 'hi i need some assistance with payments', false],
    ['help from a department’s people', 'i need help from someone in payments', true],
    ['a greeting to the one answering', 'good morning assistant', false],
    ['a greeting to the one answering, its title', 'hello adviser', false],
    ['a department’s matter as the topic of help, "issues"', 'i need help with support issues', false],
    ['the way to reach the business, asked', 'whats the procedure to contact your claims team', true],
    ['the way to reach, nothing after', 'what are the steps to contact', true],
    ['the way to reach someone of the speaker’s', 'what is the procedure to contact my lawyer', false],
    ['a follow asked for a private message', 'could you follow us so we can send the booking ref', true],
    ['a follow asked, alone', 'pls follow me', true],
    ['whether the speaker follows, asked', 'you follow me?', false],
    ['a reply asked on the private thread', 'pls reply in the dm thread', true],
    ['a phone "nbr" of a department', 'do you have a phone nbr for the claims dept', true],
    [
      'an address given to the speaker to write to the one answering',
      'just send me email address to tell you about it',
      true,
    ],
    ['a wait on hold to speak, told', 'been on hold 2 hours to talk to a rep, unbelievable', false],
    ['no talk yet, told', 'still havent spoken to a single person', false],
    ['the reply asked when, after a wait', 'on hold for an hour now. when will you answer?', true],
    ['a call back asked when', 'when will someone call us back', true],
    ['when the lines are answered, hours asked', 'when do you answer the phones', false],
    ['staffing urged', 'you need to hire more real customer service people', false],
    ['a reply asked when, the English of much of the world', 'when we will get reply from you', true],
    ['a follow up awaited', 'still waiting for your follow up', true],
    ['a refund asked when', 'when i will get my refund', false],
    ['a wait, then a person asked for', 'i waited an hour to speak to someone, put me through now', true],
    [
      'a long review that names a person in its story and asks nothing',
      'Used this app for years and it was fine until the last update. Now my saved cards vanish every week and the ' +
        'refunds take a month. There is no way to get in contact with customer support and the help section only has ' +
        'the same three articles again and again. The drivers are lovely, the company behind them is not. Two stars ' +
        'for the drivers.',
      false,
    ],
    [
      'a long review that ends asking for a call',
      'Used this app for years and it was fine until the last update. Now my saved cards vanish every week and the ' +
        'refunds take a month. I spent an evening trying to find the help pages and only got the same three articles ' +
        'again and again. The drivers are lovely, the company behind them is not. Have a manager call me back today.',
      true,
    ],
    ['a greeting, then an agent asked for', 'hello, can i get an agent', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
  it.each([
    ['whom to get in touch with', 'kiminle irtibata geçmeliyim', true],
    ['whom to turn to', 'bu konuda kime başvurabilirim', true],
    ['whom someone turned to, told', 'kime başvurdunuz', false],
    ['from whom help is had', 'kurulum için kimden destek alabilirim', true],
    ['from whom help was had, told', 'kimden yardım aldın', false],
    ['how to get in touch, no one named', 'yurt dışından nasıl iletişim kurarım', true],
    ['how to get in touch with the company', 'firmayla nasıl iletişime geçebilirim', true],
    ['how to get in touch with someone of the speaker’s', 'kardeşimle nasıl iletişim kurabilirim', false],
    ['the ways of contact alone', 'iletişim kanallarınız nelerdir', true],
    ['the customer line asked', 'müşteri hizmetleri hattınız nedir', true],
    ['the customer line told', 'müşteri hizmetleri hattınız hiç açılmıyor', false],
    ['an e-mail to the speaker asked', 'bana bi mail atar mısınız', true],
    ['a thing sent by message', 'kodu bana sms atar mısın', false],
    ['an e-mail to the speaker reported', 'bana mail atın dediler', false],
    ['a talk that could not be had, told', 'yetkiliyle görüşme sağlayamadık', false],
    ['what they keep doing, told', 'beni sürekli başka birime aktarıyorlar', false],
    ['whether support is offered', 'canlı destek sunuyor musunuz', false],
    ['a talk by phone wished, "telefon ile"', 'yarın telefon ile görüşme rica ediyorum', true],
    ['a talk by phone told', 'telefon ile görüşme yaptım', false],
    ['the one answering called names', 'sen salak mısın ya', true],
    ['the one answering called names, the suffix', 'çok aptalsın', true],
    ['goods asked of', 'mal mı geldi', false],
    ['a name called, reported', 'aptal mısın diye bağırdı', false],
    ['how to get in touch, a question reported', 'nasıl iletişim kurabilirim diye sordum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 58: run-on asks, and model readings that ask nothing', () => {
  it.each([
    [
      'an order to hand over, run on after the matter',
      'Why cant I get the answer I need on my case give me a manger',
      true,
    ],
    [
      'whom to talk to, run on after the matter',
      'nobody takes responsibility for my claim i need action and i talk to whom',
      true,
    ],
    ['whom to speak to, run on after a want', 'my claim is stuck i want a decision and i speak to who', true],
    [
      'a talk hoped for before the phone dies, told',
      'my phone is going to die before I talk to anyone',
      true,
    ],
    ['what the speaker needs, no one asked for', 'what i need from the bank is my statement', false],
    ['a failure told, the model less than sure', 'cannot link social media accounts', false],
    ['someone named first, described after', 'literally anyone who works there', true],
    ['a way of contact named first', 'live chat with an advisor', true],
    ['a call to be arranged', 'arrange a call with your team', true],
    ['someone of a team named first', 'someone from the returns team', true],
    [
      'an inability told in a complaint title',
      'Unable to reach an Acme agent about my internet and billing problems.',
      false,
    ],
    [
      'an inability told after the matter',
      'the app is broken and it is impossible to speak with a human, i need my refund',
      false,
    ],
    ['an inability typed short, a plea', 'i cant reach anyone', true],
    ['an inability with a plea', "it's impossible to speak to a person, please have someone call me", true],
    [
      'an inability asked with a question mark',
      'why is it impossible to reach a human at your company?',
      true,
    ],
    [
      'a review with a verdict, asking no one',
      "No support at all. I can't just call a rep. This is a horrible service. Will never use or recommend it to anyone.",
      false,
    ],
    [
      'a review that names the last use',
      'Last time I ever use this app. It gets worse every day and there is no way to get in contact with customer support. The help pages answer nothing.',
      false,
    ],
    ['the business by its name and its contact', 'Zenith contact no', true],
    ['a contact to be changed', 'update contact number', false],
    ['a line of a part asked politely', 'can you tell me the office email', true],
    ['what the bot is, the verb dropped', 'u a bot?', false],
    ['what the bot is, two set against each other', 'human or machine?', false],
    ['what the bot is, a wish to know', 'tell me if you are a bot', false],
    ['what the bot is, a wish to know whether', 'i want to know whether you are a real person', false],
    ['a person alone, typed at a bot', 'human', true],
    ['a person or a bot, then a wish', 'real person or bot, i want a person', true],
    [
      'a review with a verdict that asks',
      'Worst service ever, I have waited two weeks for my refund, please have someone from your team call me today',
      true,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 58: Turkish ways to reach the business asked in the impersonal, and its heads', () => {
  it.each([
    ['how the shop is got in touch with, impersonal', 'mağazayla nasıl iletişime geçilir', true],
    ['how you are reached, impersonal', 'size nereden ulaşılır', true],
    ['how to get in touch, the question word inside', 'müşteri hizmetleriyle iletişime nasıl geçilir', true],
    ['how someone of the speaker’s is got in touch with', 'annemle iletişime nasıl geçilir', false],
    ['a use asked in the impersonal', 'bu ilaç nasıl kullanılır', false],
    ['the company’s e-mail, the place itself', 'şirketin mail adresi ne', true],
    ['the firm’s phone, the place itself', 'firmanın telefonu nedir', true],
    ['a carrier’s number, another firm', 'kargo firmasının numarası ne', false],
    ['a hotel to stay at, its number', 'otelin telefon numarası lazım', false],
    ['the school’s address, a place to go', 'okulun adresi nerede', false],
    ['how to talk with the dean', 'dekanla nasıl görüşebilirim', true],
    ['how to reach the head of department', 'bölüm başkanına nasıl ulaşırım', true],
    ['the dean told of', 'dekan bugün derse geldi', false],
    ['a talk with the president, told', 'cumhurbaşkanıyla görüştü', false],
    ['someone of the business and "iletişim" after', 'müdür iletişim', true],
    ['someone else’s contact, in the genitive', 'satıcının iletişim bilgisi', false],
    ['the speaker’s own contact', 'benim iletişim bilgilerim', false],
    ['a carrier’s contact, a thing', 'kargo iletişim', false],
    ['the place and its number, alone', 'şirket numarası', true],
    ['an order’s number, alone', 'sipariş numarası', false],
    ['a mail service named for the e-mail', 'firmanın outlook adresi ne', true],
    ['the speaker’s own mail service', 'hotmail adresim', false],
    ['the information line asked', 'danışma hattınız nedir', true],
    ['the administration got in touch with', 'fakülte idaresiyle nasıl iletişime geçebilirim', true],
    [
      'an inability told in a complaint',
      'Acme müşteri hizmetlerine asla ulaşamıyorum. Beni başka birime aktarıyorlar, kimse açıklama yapmıyor. Çok pişmanım.',
      false,
    ],
    ['an inability typed short, a plea', 'destek hattına ulaşamıyorum', true],
    ['a point of contact judged', 'gördüğüm en kötü destek hattı', false],
    ['a point of contact praised', 'harika bir canlı destek hattı', false],
    ['judged, then put through asked', 'müşteri hizmetleri berbat, hemen bir yetkiliye bağlayın', true],
    [
      'an inability and someone asked to call',
      'iki gündür müşteri hizmetlerine ulaşamıyorum, lütfen bir yetkili beni arasın',
      true,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 59: written to, a question inside a question, a reply or a call wanted', () => {
  it.each([
    ['asked to be e-mailed', 'can you email me', true],
    ['asked to be e-mailed, with a plea', 'please email me', true],
    ['asked to be texted, chat spelling', 'can u text me', true],
    ['a message to the speaker asked as a thing sent', 'can you send me an email', true],
    ['a line dropped', 'please drop me a line', true],
    ['getting back asked as a question', 'can you get back to me', true],
    ['written back to soon', 'could you text me back asap', true],
    ['written to at the speaker’s own address', 'can you email me at my work email', true],
    ['a thing e-mailed, asked', 'can you email me the invoice', false],
    ['a thing sent by e-mail', 'send me an email with the details', false],
    ['a form sent by e-mail', 'can you send me the form by email', false],
    ['whom to contact, asked inside a question', 'can you tell me who I need to contact', true],
    ['whom to contact, asked to be let known', 'could you let me know who I should contact', true],
    [
      'whom to contact, wished to be known',
      'I would like to know whom I should contact regarding a refund',
      true,
    ],
    ['how to reach the business, asked inside', 'please tell me how I can reach you', true],
    ['how to do a thing, asked inside', 'can you tell me how I can reset my password', false],
    ['who was spoken to, asked inside', 'can you tell me who i spoke to yesterday', false],
    ['whom to contact, with a need', 'who do I need to contact', true],
    ['whom to call for another service, with a need', 'who do i need to call for a taxi', false],
    ['a reply wanted, any chance', 'any chance of a response??', true],
    ['a reply needed from the business', 'i need a reply from you asap', true],
    ['a reply asked to be had', 'can i get a response please', true],
    ['a reply to a ticket by its number', 'please respond to ticket 4432', true],
    ['a reply to a request by its number', 'can you reply to request 118361', true],
    ['a reply told of', 'the response was slow', false],
    ['a response time', 'i need a response time estimate', false],
    ['a response of a program', 'I need a response from the api', false],
    ['a call with the business, asked', 'can we have a quick call?', true],
    ['a call joined, asked', 'could we hop on a call', true],
    ['a call had, told', 'we had a call yesterday', false],
    ['a call of the speaker’s, told', 'i have a call at 3', false],
    ['a call with the speaker’s own doctor', 'can i have a call with my doctor', false],
    ['whether anyone reads the business’s e-mail, asked', 'does anyone read your emails', true],
    ['whether anyone watches an inbox', 'is anyone checking this inbox', true],
    ['whether anyone answers the phone', 'does anyone pick up the phone', true],
    ['whether anyone watches a channel', 'does anyone monitor this channel', true],
    ['why no one answers, asked', 'why does nobody answer the phone', false],
    ['whether anyone knows a thing', 'does anyone know the answer', false],
    ['what a thing says to do', 'the app says to contact customer service', false],
    ['what an error says, with its plea', 'error says please contact customer support', false],
    ['what a thing keeps saying', 'it keeps saying contact an administrator', false],
    [
      'the business’s number, wished to be known',
      "I'd like to know your customer service phone number",
      true,
    ],
    ['the business’s e-mail, wished to be known', 'i would like to know the customer service email', true],
    ['the speaker’s own number, to be changed', "i'd like to change my phone number", false],
    ['a team’s e-mail, the team owning it', "where can I find customer service's email", true],
    ['a team’s e-mail, asked', "what is the support team's email", true],
    ['someone else’s number', "my wife's phone number", false],
    ['someone else’s e-mail, asked', "what's john's email", false],
    ['the matter taken to a higher level', 'raise it to a higher level', true],
    ['the matter escalated up the chain', 'escalate it up the chain', true],
    ['a complaint forwarded to management, asked', 'can you forward my complaint to management', true],
    ['the matter wished to go higher', 'i need this to go higher', true],
    ['a ticket escalated to superiors, asked', 'can you escalate my ticket to your superiors', true],
    ['escalating refused', "don't escalate this", false],
    ['a price gone higher', 'the price went higher', false],
    ['a volume raised', 'raise the volume higher', false],
    ['how to communicate with the business', 'how can we communicate with you', true],
    ['how to communicate with someone else', 'how can i communicate with my landlord', false],
    ['the call put through, asked', 'can you transfer the call?', true],
    ['the speaker’s call put through to a unit', 'please transfer my call to billing', true],
    ['a call put through, told', 'they transferred my call twice', false],
    ['a call sent to a line of the speaker’s', 'transfer the call to my mobile', false],
    ['a reply asked, the noun for the verb, a ticket named', 'please response to your zendesk ticket', true],
    ['a reply asked, where it was written last', 'kindly respond to the mail in info@example.org', true],
    ['a reply to a ticket, told', 'i got a response to my ticket', false],
    ['getting back asked, "come back"', 'Could you please come back to me', true],
    ['coming back, told of someone', 'she will come back to me', false],
    ['contact softened into a condition', 'if you could please maybe contact me', true],
    ['a call softened by thanks', "I'd appreciate it if you could call me", true],
    ['getting back softened by good', 'it would be great if someone could get back to me', true],
    ['put through, softened by thanks', 'I would be grateful if you could put me through to a manager', true],
    ['a task softened, no one asked for', 'if you could help me reset my password', false],
    ['a thing sent, softened', "I'd appreciate it if you could send me the invoice", false],
    ['the business’s contact form, asked for', 'where is the contact form', true],
    ['the contact-us page, asked for', 'where can I find the contact us page', true],
    ['the contact form judged', "your contact form doesn't work", false],
    ['the contact form filled in, told', 'i filled in the contact form', false],
    ['a line the one answering is asked to post', 'Can someone please post an email address', true],
    ['a line the one answering is asked to give', 'could you provide a phone number', true],
    ['a line the speaker can give', 'i can provide a phone number', false],
    ['a line asked by a form', 'provide a valid phone number', false],
    ['the recorded menu skipped', 'How can I skip the recorded menu and go straight to a live person?', true],
    ['a recorded message told of', 'the recorded message says we are closed', false],
    ['a reply appreciated', 'i would appreciate a reply', true],
    [
      'a reply appreciated, what about after',
      'I would appreciate a response regarding the failure on flight 1109',
      true,
    ],
    ['a response time appreciated', 'i would appreciate a response time', false],
    ['a callback awaited for hours', 'waiting for the callback for 3 hours', true],
    ['a private message and a second order', 'dm me and help me', true],
    ['help asked by private message', 'can you help me via dm', true],
    ['help through the app', 'help via the app', false],
    ['a private message of the speaker’s own', 'i will dm you and explain', false],
    ['a reply awaited, "awaiting"', 'awaiting your response', true],
    ['a reply awaited from the business’s team', 'still awaiting a response from your team', true],
    ['a reply looked forward to', 'looking forward to hearing from you', true],
    ['a reply awaited from someone else', 'waiting for a reply from my landlord', false],
    [
      'a reply awaited from a team named in three words',
      'waiting for a reply from your customer service team',
      true,
    ],
    ['a reply awaited from the business’s side', 'waiting for a reply from your side', true],
    ['a delivery awaited', 'awaiting delivery', false],
    ['a weekend looked forward to', 'looking forward to the weekend', false],
    ['a reply asked, "back" after it', 'please reply back', true],
    ['a reply asked, the plea after it', 'reply please', true],
    ['"reply" alone, a menu answered', 'reply', false],
    ['contact asked, a courtesy of when after it', 'kindly contact me at your earliest convenience', true],
    ['a call asked, a courtesy of when after it', 'call me at your earliest convenience', true],
    ['a task asked, a courtesy of when after it', 'reset my password as soon as possible', false],
    ['a refusal, a courtesy after it', "i don't need an agent, as soon as possible", false],
    ['a call given to the speakers', 'give us a call please', true],
    ['getting in touch with the speaker, pleaded', 'please get in touch with me', true],
    ['getting in touch, the plea after it', 'get in touch asap please', true],
    ['getting in touch, told of someone', 'they will get in touch with me', false],
    [
      'what a thing says, then the speaker’s own ask',
      'it says contact support, can you put me through to someone',
      true,
    ],
    [
      'what a thing says, then the speaker’s own question',
      'the app says to contact support but how do i contact support?',
      true,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 60: a request followed by what it is for, a reply to the speaker, softening words', () => {
  it.each([
    ['e-mail asked, the matter after it', 'please email me regarding the refund', true],
    ['a call asked, the matter after it', 'could you give me a call regarding my contract', true],
    ['a message asked, then a second ask', 'could you email me and explain the charge', true],
    ['e-mail to the speakers asked, the matter after it', 'please email us regarding the invoice', true],
    ['a thing e-mailed to two people', 'can you email me and my wife the tickets', false],
    ['a thing e-mailed, the matter after it', 'please email me the receipt regarding the order', false],
    ['a number to call for a machine', 'what number do i call to activate the card', false],
    ['a call told, then what followed', 'they called me back and it was sorted', false],
    ['a reminder asked, the matter after it', 'can you remind me about the meeting', false],
    ['a call offered, a promise after it', 'call me and i will pay', false],
    ['a reply to the speakers pleaded', 'please reply to us', true],
    ['a reply to the speaker pleaded, "also" before it', 'so please also reply to us', true],
    ['writing to the speaker pleaded', 'kindly write to me', true],
    ['a reply to the speaker, the plea after it', 'reply to me please', true],
    ['a reply to someone else', 'please write to my manager', false],
    [
      'how to contact, in a clause opened by "and"',
      'we checked the stock, and how can I contact you to make an order?',
      true,
    ],
    [
      'e-mail asked, in a clause opened by "but"',
      'the portal is down, but could you email me regarding the invoice',
      true,
    ],
    ['a call pleaded, "just" before the verb', 'please just call me', true],
    ['a call asked, "maybe" before the verb', 'could you maybe call me', true],
    ['e-mail asked, "also" before the verb', 'can you also email me', true],
    ['a stop to calls pleaded, "just" before it', 'please just stop calling me', false],
    ['a thing asked, "just" before the verb', 'can you just tell me the price', false],
    ['e-mail pleaded, a hesitation inside', 'please um email me', true],
    ['a number asked, a hesitation first', 'um is there a number i can call', true],
    ['a number asked, "actually" first', 'actually is there a number i can call', true],
    ['e-mail pleaded, "urgently" first', 'urgently please email me', true],
    ['a call told, "honestly" first', 'honestly i called you twice', false],
    ['a lawyer, "now" first', 'now i can talk to my lawyer', false],
    ['e-mail pleaded, thanks after it', 'please email me thanks', true],
    ['a number asked, "asap" after it', 'is there a number i can call asap', true],
    ['a call told, a day after it', 'they will call me today', false],
    ['a thing e-mailed, thanks after it', 'can you email me the invoice thanks', false],
    ['e-mail pleaded after a greeting, no comma', 'hi please email me', true],
    ['a number asked after a greeting, no comma', 'good morning is there a number i can call', true],
    ['a callback not needed, "no" first', 'no need for callback', false],
    ['no one called, "no" first', 'no one called me back', false],
    ['a greeting alone', 'hello there', false],
    ['a reply asked after a greeting, its own opener', 'hello reply asap', true],
    ['getting in touch asked after a greeting', 'hi get in touch', true],
    ['help in a private message asked after a greeting', 'hi help via dm', true],
    ['help asked of "some one", typed in two words', 'can some one help me', true],
    ['something done by "some one", told', 'some one stole my card', false],
    ['a line of one kind or another asked to be posted', 'Please put a skype or phone number', true],
    ['a line of one kind or another asked to be shared', 'please share a whatsapp or phone number', true],
    ['the speaker’s own line, changed', 'my mobile or phone number changed', false],
    ['a line put on the speaker’s account', 'put a phone number on my account', false],
    ['a call told, in a clause opened by "and"', 'the line was busy, and i called you yesterday', false],
    ['an agent told, in a clause opened by "and then"', 'i waited, and then the agent hung up', false],
    ['the speaker’s own writing, told', 'I will write to you tomorrow', false],
    ['"write" with no one named', 'please write the address down', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 60, Turkish: the business’s reply awaited, asked when or asked for', () => {
  it.each([
    ['your reply awaited', 'dönüşünüzü bekliyorum', true],
    ['your answer awaited', 'cevabınızı bekliyorum', true],
    ['a reply awaited soon', 'en kısa sürede dönüş bekliyorum', true],
    ['a reply awaited for days', '3 gündür cevap bekliyorum', true],
    ['a reply awaited from you', 'sizden cevap bekliyorum', true],
    ['a parcel awaited', 'kargomu bekliyorum', false],
    ['a refund awaited', 'iademi bekliyorum', false],
    ['a third party’s answer awaited', 'bankanın cevabını bekliyorum', false],
    ['getting back, asked when', 'ne zaman dönüş yapacaksınız', true],
    ['a call to the speaker, asked when', 'beni ne zaman arayacaksınız', true],
    ['an answer, asked when', 'ne zaman cevap vereceksiniz', true],
    ['a refund, asked when', 'ne zaman iade yapacaksınız', false],
    ['a call to someone else, asked when', 'annemi ne zaman arayacaksınız', false],
    ['a reply to the speaker’s e-mail asked', 'mailime cevap verin', true],
    ['a reply to the speaker’s complaint asked as a question', 'şikayetime yanıt verir misiniz', true],
    ['getting back on the speaker’s request asked', 'lütfen talebime dönüş verin', true],
    ['an answer to a question asked of the one answering', 'soruma cevap verin', false],
    ['a reply told', 'mailime cevap verdiniz', false],
    ['no reply, told', 'şikayetime cevap verilmedi', false],
    ['the call itself asked to be put through', 'çağrıyı aktarın lütfen', true],
    ['the call itself asked to be connected', 'aramayı bağlayın', true],
    ['money asked to be moved', 'parayı aktarın', false],
    ['the call asked to be put through, in the aorist', 'aramayı aktarır mısınız', true],
    ['money asked to be moved, in the aorist', 'parayı aktarır mısınız', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 61: ways to reach the business, a bare naming word, the AI refused', () => {
  it.each([
    ['how to contact, "to" after the verb', 'how do we contact to the school', true],
    ['how to reach, "to" after the verb', 'how could i reach to the school', true],
    ['how to contact a friend, "to" after the verb', 'how can i contact to my friend', false],
    ['staying in touch with the business, asked', 'how can i keep in touch with your company', true],
    [
      'a way to get in touch with the business, asked',
      'is there a way to get in touch with the school',
      true,
    ],
    ['a way to get in touch with someone else', 'is there a way to get in touch with my son', false],
    ['how to stay in touch told', 'we keep in touch with the bank every month', false],
    ['the way asked as what to do', 'what should we do to reach you', true],
    ['the way asked as what one needs to do', 'what do i need to do to get in touch with you', true],
    ['what to do to fix a thing', 'what can i do to fix the login', false],
    ['the business named as a school, how to contact', 'how can we contact the school', true],
    ['someone named by a bare word after "with"', 'can you connect me with campus staff', true],
    ['someone named by a bare word after "to"', 'transfer me to work staff', true],
    ['how many, not which one', 'do you talk to other people too', false],
    ['someone named by a bare word, told', 'i spoke to hotel staff yesterday', false],
    ['the AI refused, with "the"', 'i do not want to chat with the ai', true],
    ['the AI assistant refused, with "the"', 'i dont want to speak with the ai assistant', true],
    ['the AI told of', 'the ai told me to wait for a reply', false],
    ['a call as a noun after the person', 'agent call not available since morning', false],
    ['a call service after the person', 'customer care call service is very poor', false],
    ['a call asked of the person', 'can an agent call me', true],
    ['the one answering called useless after an outcry', 'this is so frustrating, you are useless', true],
    ['the one answering told it sucks', 'u really suck lol', true],
    ['a game judged', 'you suck at this game', false],
    ['an outcry alone', 'this is terrible', false],
    [
      'an outcry, then a complaint about a refund',
      'this is terrible service you are not helping me with my refund',
      false,
    ],
    [
      'what others do not do, canned replies told',
      'they do not read your message, copy paste answers every time',
      false,
    ],
    [
      'a negation far before canned replies in a review',
      'do not use this app at all, they never solve queries, copy paste answers only',
      false,
    ],
    [
      'help from the business’s team asked how',
      'how can i get support from the design team for the theme',
      true,
    ],
    ['help from the business’s app asked how', 'how can i get help from your app', false],
    ['whom to contact asked with "to", a condition after', 'whom to contact if my parcel is lost', true],
    ['who to contact asked with "to", what for after', 'who to contact about a refund', true],
    ['who to vote for', 'who to vote for in the election', false],
    ['whether the chat is genuine, asked', 'is this a genuine chat or a phishing page?', false],
    ['whether to trust the chat, asked', 'should i trust this chat with my card number', false],
    ['the chat called fake, a person asked for', 'this chat is fake, i want a real agent', true],
    [
      'advice to others far before the bot words',
      'do not install this app at all, the support team here only ever sends copy paste answers',
      false,
    ],
    ['canned replies refused by the speaker', 'i do not want canned replies', true],
    ['support praised in a review', 'easy to use app. best customer support', false],
    ['support scorned in a review', 'waste customer care, never again', false],
    ['support staff praised', 'good customer service staff', false],
    ['the best support line asked for', 'what is the best customer support number', true],
    ['how to reach the speaker’s tutor at the school', 'how can we reach my tutor', true],
    ['how to contact the speaker’s lecturer', 'how do i contact my lecturer', true],
    ['how to contact the speaker’s own lawyer', 'how do i contact my lawyer', false],
    ['leave to talk to the speaker’s professor', 'can i speak to my professor', true],
    ['a professor told of', 'my professor said to contact you', false],
    ['the faculty’s e-mail asked', 'faculty email please', true],
    ['getting in touch typed alone', 'get in touch!', true],
    ['getting in touch promised', 'i will get in touch', false],
    ['support told to have failed the speaker', 'customer support failed me', false],
    [
      'a second question offered after "or"',
      'is there a guide or could someone from support walk us through it',
      true,
    ],
    ['a second question after "or", no one asked', 'is there a guide or can i find it in the app', false],
    [
      'a call arranged by a customer setting up the product',
      'we are configuring the widget for our team. can you send the docs or schedule a call?',
      true,
    ],
    ['the product set up, no call asked', 'we are configuring the widget for our customers', false],
    ['the business’s head asked for', 'i need to speak to the president of your company', true],
    ['the business’s head asked about', 'who is your ceo', false],
    ['a call pleaded, run on after the matter', 'the router is down again please call me back', true],
    ['a transfer pleaded, run on after the matter', 'i was charged twice pls transfer me to billing', true],
    ['a plea run on, no one asked', 'the router is down again please fix it', false],
    ['what an app shows, with its plea', 'the app shows please call customer service', false],
    ['"is there" asked after the matter', 'the chatbot is not working is there a person i can talk to', true],
    ['"is there" told', 'the problem is there a lot', false],
    ['calls refused, the plea after', 'stop calling me please', false],
    ['an administrator needed', 'this is urgent, i need an administrator', true],
    ['an admin needed now', 'we need an admin right now', true],
    ['admin rights needed', 'i need admin access', false],
    ['the role wanted, the article dropped', 'i want to be supervisor', false],
    ['the role wanted, "become"', 'we want to become admin', false],
    [
      'a hardship of reaching people told at length',
      'it is very difficult to reach customer care these days and nobody answers',
      false,
    ],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 61, Turkish: a teacher of the school, a channel to reach the business', () => {
  it.each([
    ['the speaker’s teacher asked how to meet', 'hocamla nasıl görüşebilirim', true],
    ['the speaker’s advisor teacher wished', 'danışman hocamla görüşmek istiyorum', true],
    ['a teacher addressed, another matter', 'hocam merhaba, sınav ne zaman', false],
    ['a meeting with the teacher told', 'hoca ile dün görüştüm', false],
    ['which channel to reach the business by', 'size hangi kanaldan ulaşabilirim', true],
    ['which way to reach the business by', 'sizinle hangi yoldan iletişime geçebilirim', true],
    ['a contact channel asked for', 'iletişim kanalınız var mı', true],
    ['a video channel asked about', 'youtube kanalınız var mı', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 62: topics and bot words typed alone, the bot scorned, waits promised, conditions', () => {
  it.each([
    ['a menu topic of security alone', 'security', false],
    ['a security topic in two words', 'Security questions', false],
    ['the security team asked for', 'security team please', true],
    ['a bot word typed alone', 'computer', false],
    ['AI typed alone', 'AI?', false],
    ['a qualifier typed alone', 'live', false],
    ['live help asked in a few words', 'live help available?', true],
    ['people at large typed alone', 'customers', false],
    ['what was done, typed alone', 'transferred', false],
    ['an answer of one word', 'escalated', false],
    ['escalation asked in one word', 'escalate', true],
    ['someone asked in one word', 'somebody', true],
    ['a topic of devices in two words', 'computer problems', false],
    ['a rating of staff as a menu topic', 'operator rating', false],
    ['a review of staff as a menu topic', 'supervisor review', false],
    ['an agent asked for, the matter after', 'talk to agent problem with my card', true],
    ['the bot refused in two words, AI', 'no AI please', true],
    ['no AI in a statement', 'no ai could have fixed this', false],
    ['the bot called clueless', 'you are so clueless', true],
    ['the bot called not smart', "you're not intelligent", true],
    ['someone else called not smart', 'my brother is not smart', false],
    ['a call awaited, promised', 'okay i will wait for your call', true],
    ['a call from family awaited', 'i will wait for a call from my mom', false],
    ['a delivery awaited', 'i will wait for the parcel', false],
    ['where to call asked after a condition', 'if my card gets stolen where should i call', true],
    ['whom to contact asked after a condition', 'if the payment fails who should i contact', true],
    ['a place known, after a condition', 'if you know where i can call, tell me', false],
    ['what to do after a condition', 'if the app freezes what should i do', false],
    ['someone reported on a platform', 'how can i report someone on whatsapp', false],
    ['a number reported on a platform', "how do i report a scammer's number on whatsapp", false],
    ['the business asked for its whatsapp', 'what is your whatsapp number', true],
    ['an address to write to, asked with "where"', 'is there an email where i can send my complaint', true],
    ['an address to write to, found', 'i found an email where i can send complaints', false],
    [
      'an address where to write to someone else',
      'is there an email where i can send it to my lawyer',
      false,
    ],
    ['the city council as the business', 'how can we get in touch with the council', true],
    ['the mayor asked how to reach', 'how do i get in touch with the mayor', true],
    ['who the mayor is', 'who is the mayor of this town', false],
    ['someone doing harm now, a word ending like "being"', "somebody's robbing me", false],
    ['someone doing harm now', 'someone is stealing from my account', false],
    ['a human being asked for', 'human being please', true],
    ['a thing put somewhere', 'put this in the box', false],
    ['someone put on the line', 'can you put someone on the line', true],
    ['the speaker helping someone', 'i want to help someone who lost her card', false],
    ['someone wanted to help the speaker', 'i want someone to help me', true],
    ['escalation asked, the article dropped', 'escalate ticket', true],
    ['escalation told not to, the article dropped', "don't escalate ticket", false],
    ['disagreeing with the manager, no article', 'take issue with the manager', false],
    ['a team member asked for after an answer', 'no, i want a team member', true],
    ['team members counted', 'how many team members do you have', false],
    ['a qualifier before a thing', 'live album', false],
    ['a qualifier before help, glued', 'live helpnow pls', true],
    ['a refund wanted from a person', 'this is ridiculous, i demand a refund from a human', true],
    ['an answer wanted from a human', 'i want an answer from a human', true],
    ['a thing wanted from someone', 'i want a gift from someone', false],
    ['a refund told as got from a person', 'i got a refund from a person', false],
    ['a product asked what it supports', 'does it support human handoff?', false],
    [
      'a try to reach support told with how it ended',
      "i've been trying to reach your support team for a week but had no luck with the ticket or the phone",
      false,
    ],
    [
      'a try to reach someone given up',
      'for two days i tried to reach a real person to sort this out and in the end i gave up',
      false,
    ],
    [
      'a try told in vain, then a plea',
      'tried to reach an agent all morning with no luck, please connect me to one now',
      true,
    ],
    ['still trying to reach someone', 'i have been trying to reach an agent for an hour', true],
    [
      'someone of the speaker sends them to the business',
      'my boss is asking me to contact your support team',
      true,
    ],
    [
      'a belief about the way, told',
      'i thought i had to speak to someone at the desk to change my seat. is that true?',
      false,
    ],
    ['a belief, then a plea', 'i thought i had to talk to someone so please get me an agent', true],
    [
      'a belief told with "would have to"',
      'i figured i would have to speak to an agent to change my seat',
      false,
    ],
    [
      'a belief told with "\'d need to"',
      "i thought i'd need to talk to a person for this, is that right",
      false,
    ],
    ['a bot asked what it offers', 'can your chatbot offer a live agent?', false],
    ['the bot asked to transfer the speaker', 'can the bot transfer me to a live agent', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 62, Turkish: an ask run on after a verb told', () => {
  it.each([
    ['live support after a negative past', 'siparişim hala gelmedi canlı destek', true],
    ['a representative after "var"', 'faturamda hata var müşteri temsilcisi', true],
    ['live support pleaded after a negative past', 'param iade edilmedi lütfen canlı destek', true],
    ['a fault told with "var"', 'faturamda hata var', false],
    ['a representative told of, negative past', 'müşteri temsilcisi bana dönmedi', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

// Round 63 (the dev halves of rounds 98–113): one row per class of wording, in our own words.
describe('requests for a person, round 63: the bot called names in a few words', () => {
  it.each([
    ['the bot called names', 'silly bot', true],
    ['the bot called names, a typo', 'stupit robot', true],
    ['the bot called names to its face', 'you pathetic chatbot', true],
    ['the bot called names with "what a"', 'what a terrible bot', true],
    ['a thing of bots', 'bad bot detection', false],
    ['a question called silly', 'a silly question for the bot', false],
    ['an answer of the bot judged', 'the bot gave a terrible answer', false],
    ['a device', 'bad robot vacuum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: words that only look like a way to reach someone', () => {
  it.each([
    ['a connection, lost', 'connection lost', false],
    ['a thing done automatically', 'is it possible to get refunds automatically', false],
    ['a product named', 'export leads to salesforce', false],
    ['a wire transfer', 'wire transfer to external account', false],
    ['a bank transfer', 'bank transfer to my savings please', false],
    ['connected, asked', 'can i get connected to a representative', true],
    ['reconnected, asked', 'please reconnect me to the agent i had', true],
    ['transferred, asked', 'transfer me to someone in billing', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: a place of the business and its line', () => {
  it.each([
    ["the place's line with its genitive", "what's the library's phone number", true],
    ["where the office's e-mail is, asked", "where's the admissions office email", true],
    ["a friend's line", "what's my friend's phone number", false],
    ["the place's hours", "what's the library's opening hours", false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63, Turkish: a part of the business and its line, a call now', () => {
  it.each([
    ["the department's number, in the genitive", 'bölümün telefon numarası nedir', true],
    ["the speaker's own department's number", 'bölümümün telefon numarası', false],
    ["the municipality's number", 'belediyenin telefon numarası ne', true],
    ["the library's phone, alone", 'kütüphane telefonu', true],
    ["the repair service's number", 'teknik servis numarası nedir', true],
    ['a call asked for now', 'şimdi arayın', true],
    ['a cargo firm named', 'yurtiçi kargo telefonu', false],
    ['the appointment line of the place', 'hastanenin randevu hattı numarası nedir', true],
    ["the headman's office's number", 'muhtarlığın numarası', true],
    ['the appointment line told busy', 'randevu hattı çok meşgul', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 63, Turkish: the business reached by the speaker, a call asked when, hours', () => {
  it.each([
    ['whether the speaker may call the business', 'sizi arayabilir miyim acaba', true],
    ['calling the business, wished', 'sizi aramak istiyorum', true],
    ['whether the speaker may reach the business by phone', 'size telefonla ulaşabilir miyim', true],
    ['the question reported', 'size ulaşabilir miyiz diye sordum', false],
    ['a call asked for the evening, in the singular', 'akşam ara', true],
    ['"you may call", alone', 'arayabilirsiniz', true],
    ['a search', "google'da ara", false],
    ['getting back asked for the morning', 'yarın sabah dönüş yapar mısınız', true],
    ['live support on a day, asked', 'pazartesi canlı destek var mı', false],
    ['live support on the days, asked', 'cumartesileri canlı destek var mı', false],
    ['the staff on a holiday, asked', 'bayramda müşteri hizmetleri açık mı', false],
    ['live support, asked', 'canlı destek var mı', true],
    ['put through on a day, asked', 'cuma günü temsilciye bağlanabilir miyim', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 63, Turkish: who someone is, understanding', () => {
  it.each([
    ['who the manager is, looked up', 'şube müdürü kim', false],
    ['who is in charge, looked up', 'mağaza yöneticisi kimdir', false],
    ['whom the speaker can talk to, asked', 'görüşebileceğim yetkili kim', true],
    ['the bot asked whether it understands', 'beni anlıyor musunuz', false],
    ['not understood, then live support asked', 'anlamıyorsunuz canlı destek istiyorum', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: the way to a unit of the business asked', () => {
  it.each([
    ['the way to a cell, asked', 'how can i reach the placement cell', true],
    ['the way to a unit of services, asked', 'how do we contact student loan services?', true],
    ['the way to an office, asked impersonally', 'how to email the records office', true],
    ['the restaurant of an order', 'how do i contact the restaurant', false],
    ["the speaker's own phone", 'how do i contact my cell', false],
    ['a page of a unit', 'how do i contact the services page', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: what no one did, the words of others, a call promised', () => {
  it.each([
    ['what no one did', 'no one connected me to a supervisor', false],
    ['what nobody did', 'nobody transferred me to a supervisor', false],
    ['what nobody did, then an ask', 'nobody replied to my email, pass this on to a supervisor', true],
    ["someone else's order, told", 'she said put me through to the supervisor', false],
    ["the speaker's own order", 'put me through to billing', true],
    ['a call promised through someone', 'they said they would get the supervisor to call', false],
    ['a call promised, held to', 'you said you would get a manager to call me, so do it now', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: kinds of assistants and services, bots as things, topics before things', () => {
  it.each([
    ['a post named', 'sales assistant', false],
    ['an offering named', 'billing services', false],
    ['bots listed in a menu', 'all bots here', false],
    ['a guard for hire', 'need security guard', false],
    ['an assistant asked for', 'an assistant please', true],
    ['a live assistant', 'live assistant', true],
    ["the members' department", 'member services', true],
    ['the customers’ department', 'customer services', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: the bot told unable, a higher level of support', () => {
  it.each([
    ['the bot told unable', 'this chatbot cannot solve my issue', true],
    ['bots at large', 'bots cannot solve everything', false],
    ['a higher level of support', 'i need upper level support please', true],
    ['a higher tier of a plan', 'i want a higher tier plan', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: a way of support asked after', () => {
  it.each([
    ['phone support offered, asked', 'do you provide phone support?', true],
    ['live chat, asked', 'do you have live chat support', true],
    ['its hours, asked', 'do you offer email support on weekends', false],
    ['a repair offered, asked', 'do you offer phone repair', false],
    ['what a product does, asked', 'does it support live chat', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: where to contact, asked', () => {
  it.each([
    ['where to contact, asked with a reason', 'where should i contact regarding my order', true],
    ['where to contact, in the infinitive', 'if my card is blocked, where to contact?', true],
    ['where to contact someone else', 'where to contact my landlord', false],
    ['where to call a taxi', 'where to call for a taxi', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: a professional of the business', () => {
  it.each([
    ['a professional to talk to', 'can i chat with a professional', true],
    ['professionals to talk to', 'i want to speak with professionals', true],
    ['a professional wanted for a job', 'i need a professional', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: an extension to call', () => {
  it.each([
    ['a direct extension asked for', 'could you give me your direct extension', true],
    ['an extension number asked for', 'what is your extension number', true],
    ['an extension of a deadline', 'can i get an extension on my deadline', false],
    ['a browser extension', 'your browser extension is broken', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: the way to reach the business by its name', () => {
  it.each([
    ['an acronym', 'How do I contact NMIT?', true],
    ['a name of two words', 'how can we reach Northwind Travel', true],
    ['a relative', 'How do I contact Mom?', false],
    ['another assistant', 'how to contact Alexa', false],
    ['a name with a matter after it', 'How can I contact UPS about my parcel?', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: things sent, accounts held, the one who delivers, what it took', () => {
  it.each([
    ['a thing sent to the speaker', 'pls send me the details', false],
    ['someone sent to the speaker', 'please send me an agent', true],
    ['accounts held', 'can i hold several accounts?', false],
    ['the accounts department', 'put me through to accounts', true],
    ['the one who delivers', 'is tipping the delivery guy required?', false],
    ['what it took to reach someone', 'took three tries to get a human on the line', false],
    ['what it took, then an ask', 'it took forever, get me an agent now', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63: a person refused', () => {
  it.each([
    ['a manager refused', 'i refuse to speak to a manager', false],
    ['the bot refused, a person asked', 'i refuse to talk to a bot, get me a human', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 63, Turkish: an office of the institution and its line, whom to write to', () => {
  it.each([
    ["the faculty secretariat's phone, as a menu writes it", 'fakülte sekreterliği telefon', true],
    [
      'an office named by its kind, and "iletişim"',
      'kütüphane ve dokümantasyon daire başkanlığı iletişim',
      true,
    ],
    ["the speaker's own unit", 'birimim iletişim', false],
    ['whom to write to, asked', 'burs başvurusu için kime yazmalıyım', true],
    ['whom one wrote to, asked', 'kime yazdın', false],
    ['the coordinator reached, asked how', 'staj koordinatörüne nasıl ulaşabilirim', true],
    ['how a word is spelled', 'bu kelime nasıl yazılır', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 63, Turkish: a call asked in other forms, a call awaited', () => {
  it.each([
    ['a phone call asked, alone', 'telefon edin', true],
    ['a phone call refused', 'telefon etmeyin', false],
    ["someone else's phone", 'annemi telefon edin', false],
    ['the singular, with the speaker after', 'ara beni', true],
    ['having someone call the speaker', 'beni aratın lütfen', true],
    ['your call awaited', 'telefonunuzu bekliyorum', true],
    ['word from you awaited', 'sizden haber bekliyorum', true],
    ['word from the cargo firm awaited', 'kargodan haber bekliyorum', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: support to get, reaching asked as possible, a firm by its name', () => {
  it.each([
    ['live support asked for, may I', 'canlı destek alabilir miyim acaba', true],
    ['technical support wished', 'teknik destek almak istiyorum', true],
    ['how to get support, asked', 'faturamla ilgili nasıl destek alabilirim', true],
    ['help with this, asked of the bot', 'bu adımda destek alabilir miyim', false],
    ['reaching you asked as possible, typed as one word', 'sizinle görüşmem mümkünmü', true],
    ['reaching an officer asked as possible', 'bir müdürle görüşmek mümkün mü', true],
    ['reaching a website asked as possible', 'web sitesine bağlanmak mümkün mü', false],
    ['reaching my own mother asked as possible', 'anneme ulaşmak mümkün mü', false],
    [
      'a firm named apart from "ile", how to get in touch',
      'Kaya Lojistik ile nasıl iletişime geçebilirim',
      true,
    ],
    ["the speaker's friend, how to get in touch", 'arkadaşım ile nasıl iletişime geçebilirim', false],
    ['how to reach, nothing else', 'peki nasıl ulaşabilirim', true],
    ['how to get home', 'eve nasıl ulaşabilirim', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: a branch called, a receipt sent, a call wished, a talk proposed', () => {
  it.each([
    ['a branch to call, wished', 'merkezi aramak istiyorum', true],
    ['a branch to find', 'en yakın şubeyi bulmak istiyorum', false],
    ['whom a document goes to, asked', 'faturayı kime göndermeliyim', true],
    ['whom the speaker sent it to, told', 'faturayı kime gönderdiğimi unuttum', false],
    ["someone's call wished", 'bir yetkili arasa da anlatsam', true],
    ['a call that would be ignored', 'biri arasa bile açmayacağım', false],
    ['a talk when you are free', 'uygun olduğunuzda konuşabilir miyiz', true],
    ['the e-mail of a firm named in a fragment', 'yıldız tekstil mail adresi', true],
    ['a new e-mail address', 'yeni mail adresi', false],
    ['automatic answers refused', 'otomatik mesaj göndermeyin bana', true],
    ['the bot called names, and the message goes on', 'aptal robot, bir sipariş bile alamadın', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: a talk needed or proposed, where to complain, passing someone on', () => {
  it.each([
    ['a talk needed at once', 'hemen konuşmam gerek', true],
    ["a talk with the speaker's brother needed", 'abimle konuşmam gerek', false],
    ['getting in touch proposed', 'sizinle irtibata geçelim', true],
    ['getting in touch with a client proposed', 'müşterimizle iletişime geçelim', false],
    ['a meeting to be arranged, asked', 'bir görüşme ayarlayabilir miyiz', true],
    ['where to take a suggestion', 'önerilerimi nereye bildirebilirim', true],
    ['where to type a code', 'kodu nereye yazabilirim', false],
    ["the administration's phone, asked", 'site idaresinin telefonu var mı', true],
    [
      'the speaker asking leave to pass someone on',
      'arkadaşım da soruyor, onu size yönlendirebilir miyim',
      false,
    ],
    ['someone named, then asked for', 'sorumlu kimse onunla görüşeyim', true],
    ['the business offering to pass the speaker on', 'sizi muhasebeye aktarabilir miyim', false],
    ['the business asked to put the speaker through', 'muhasebeye aktarabilir misiniz', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64: the line to use asked, what someone unknown does', () => {
  it.each([
    ['the e-mail to use to reach the clinic', 'which email should I use to contact the clinic', true],
    ['the address to use to reach you', 'what address do we use to reach you', true],
    ["the e-mail to reach the speaker's landlord", 'what email should I use to contact my landlord', false],
    ['the e-mail to sign up with', 'what email should I use to register', false],
    ['what someone unknown does', 'somebody owes me a refund', false],
    ['what someone unknown keeps doing', 'someone keeps ringing my doorbell', false],
    ['someone needed to call', 'someone needs to call me today', true],
    ['someone else, mistyped', 'could you find me someone eles', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 64: the business reached by the speaker, not put through, a visit under way', () => {
  it.each([
    ['the speaker wishing to call the business', 'i want to call you about my booking', true],
    ['the business wishing to call the customer back', 'we would like to call you back', false],
    ["a call proposed in the chat's words", 'can we do a quick call', true],
    ['why not put through, asked', "why won't you transfer me", true],
    ['why a booking is not moved, asked', "why can't you transfer me to a later date", false],
    ['whether the engineer is on the way', 'is the engineer on the way', false],
    ['whether to call ahead', 'do i need to call ahead', false],
    ['contact lenses', 'i need new contact lenses', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 64: where to complain, a talk set for a time, a number to contact, things joined', () => {
  it.each([
    ['where to go to complain', 'where do i go to complain about my delivery', true],
    ['where to go', 'where do i go to pick up my parcel', false],
    ['whom to write, the "to" left off', 'who should i write?', true],
    ['a talk set for a time', 'could we talk sometime next week', true],
    ['a talk by phone', 'can we speak over the phone', true],
    ['a talk about an order, with the one answering', 'can we talk about my refund', false],
    ['a number to contact the business', 'is there any number to contact for support', true],
    ["a number to contact the speaker's bank", 'is there a number to contact my bank', false],
    ["a call booked in a menu's words", 'book call', true],
    ['a thing connected to an app', 'can i connect this to slack', false],
    ['the chat connected to a person', 'connect this chat to an agent', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: every reading of a call knows the same times', () => {
  it.each([
    ['an answer wanted at night', 'bana gece dönün', true],
    ['a call later, in the singular', 'sonra ara', true],
    ['a call at noon', 'öğlen ara', true],
    ['a search later, with what is searched', 'sonra ürünü ara', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64: a team of the business named with its name, alone', () => {
  it.each([
    ['the team after the name', 'acme bank customer service', true],
    ['the team, then whose', 'customer care of city water', true],
    ['the team judged', 'terrible customer service', false],
    ['the team judged as its staff are', 'rude customer service', false],
    ['jobs in such a team', 'customer service jobs', false],
    ['where the speaker works', 'i work at a call centre', false],
    ['where to complain, the noun for the verb', 'where can i complaint', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: support by a line, leave to reach the business, a question kept whole', () => {
  it.each([
    ['support by phone, asked whether there is', 'telefonla destek var mı', true],
    ['support by e-mail, asked for', 'mail ile destek alabilir miyim', true],
    ['support over WhatsApp, asked whether it is given', 'whatsapp üzerinden destek veriyor musunuz', true],
    ['a service of technical support, asked of a firm', 'firmanız teknik destek sağlıyor mu', false],
    ['leave to get in touch by phone', 'sizinle telefonla iletişime geçebilir miyim', true],
    ['leave to e-mail the business', 'size mail gönderebilir miyim', true],
    ['leave to send a file', 'size dosya gönderebilir miyim', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: the question particle glued to its verb, speech order', () => {
  it.each([
    ['live support asked, the particle glued', 'canli destek alabilirmiyim', true],
    ['support by phone, glued', 'telefonla destek varmi', true],
    ['leave to mail the business, glued', 'size mail atabilirmiyim', true],
    ['a talk when free, glued', 'musait oldugunuzda gorusebilirmiyiz', true],
    ['help with this step asked, glued', 'bu adimda destek alabilirmiyim', false],
    ['how to reach you, "size" last', 'nasıl ulaşabilirim size', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64: tomorrow as chat spells it', () => {
  it.each([
    ['a call proposed for tomorrow, spelled short', 'can we do a call tmrw', true],
    ['a call back tomorrow, spelled short', 'pls call me 2moro', true],
    ['an errand for tomorrow', 'remind me to call mum tmrw', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: an ask softened by a condition and a courtesy', () => {
  it.each([
    ['a call asked, if you would', 'beni ararsanız çok sevinirim', true],
    ['getting in touch asked, if you would', 'bizimle iletişime geçerseniz memnun oluruz', true],
    ['your reply asked for', 'geri dönüşünüzü rica ederim', true],
    ["a call to the speaker's mother, if you would", 'annemi ararsanız sevinirim', false],
    ['an order cancelled, if you would', 'siparişimi iptal ederseniz sevinirim', false],
    ['help, if you would', 'yardımcı olursanız sevinirim', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64, Turkish: the call not made, asked as a reproach', () => {
  it.each([
    ["won't you call me", 'beni hâlâ aramaz mısınız', true],
    ["why aren't you calling me", 'niye bizi aramıyorsunuz', true],
    ['why you called', 'neden beni aradınız', false],
    ["won't you bother me", 'beni rahatsız etmez misiniz', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'tr').requested).toBe(requested);
  });
});

describe('requests for a person, round 64: a polite condition with someone named after a determiner', () => {
  it.each([
    ['a manager reaching out, if they could', 'it would be great if a manager could reach out', true],
    ['the team calling back, if they could', "i'd appreciate it if your team could call me back", true],
    ['the weather, if it could', 'it would be nice if the weather could improve', false],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 64 read: the line to use, asked as it stands', () => {
  it.each([
    ['the number to dial, asked', 'which number should i dial', true],
    ["an e-mail to use, which may be the speaker's own", 'which email do i use', false],
    ['the e-mail to use to reach the business', 'which email should we use to reach you', true],
  ] as const)('%s: %s', (_class, text, requested) => {
    expect(detectHumanRequest(text, 'en').requested).toBe(requested);
  });
});

describe('requests for a person, round 65: a short request inside a greeting and thanks', () => {
  it.each([
    ['a line asked for after a greeting', 'Hello, customer care number', 'en', true],
    ['a way to reach asked for, then thanks', 'email address for complaints. Thank you!', 'en', true],
    [
      'people asked for between a greeting and thanks',
      'Hey there - a representative please. Thanks',
      'en',
      true,
    ],
    ['the bot called names, then thanks', 'useless bot. cheers', 'en', true],
    ['a greeting to the one answering by name stays one', 'hello agent', 'en', false],
    ['a question about the bot, then thanks', 'are you a real person? thanks', 'en', false],
    ['a topic alone, then thanks', 'billing. thanks', 'en', false],
    ['a call asked for after a greeting', 'Merhaba, beni ara', 'tr', true],
    ['contact details asked for, then thanks', 'iletişim bilgileriniz? Teşekkürler', 'tr', true],
    [
      'a call asked for, then thanks and a farewell',
      'yarın ara. Teşekkür ederim, iyi çalışmalar',
      'tr',
      true,
    ],
    ['a topic alone after a greeting', 'Selam, kargo takibi', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: the last sentence of a longer message read alone', () => {
  it.each([
    [
      'a number asked for after the story',
      'My parcel has been stuck for a week. Support phone number?',
      'en',
      true,
    ],
    ['a team asked for after the story', 'I was charged twice this month. customer service', 'en', true],
    ['a way to reach after the story', 'Siparişim iki haftadır gelmedi. İletişim numaranız?', 'tr', true],
    ['a topic alone after the story', 'I was charged twice this month. Billing history', 'en', false],
    ['a person named in the story, a thanks after', 'The agent fixed it quickly. Great service', 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: the bot refused within one sentence, not across the story', () => {
  it.each([
    [
      'a "not" in the story, a question about bots after',
      'The refund has not come. What is a chatbot?',
      'en',
      false,
    ],
    [
      'a "not" in the story, a product with a bot after',
      "It still doesn't work. Add the Slack bot",
      'en',
      false,
    ],
    ['the bot refused in its own sentence', 'My order is late. I do not want a bot', 'en', true],
    ['the bot called useless after the story', 'My order is late. This bot is useless', 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: urgency tells how soon, not whom', () => {
  it.each([
    ['what the bot is, asked with "asap"', 'is this a chatbot asap', 'en', false],
    ['a service wanted with "asap"', 'cleaning services asap', 'en', false],
    ['who answers, asked with "asap"', 'who am I talking to asap', 'en', false],
    ['a refund asked for urgently', 'need my refund processed urgently', 'en', false],
    ['a way to reach asked for, then "asap"', 'support email asap', 'en', true],
    ['a call asked for urgently', 'call me back urgently', 'en', true],
    ['a call asked for, then "lütfen"', 'bugün ara lütfen', 'tr', true],
    ['contact details asked for, then "acil"', 'iletişim bilgileri acil', 'tr', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: a doubled or swapped letter in the words that ask', () => {
  it.each([
    ['how to reach, a swapped letter', 'size nsaıl ulaşabilirim', 'tr', true],
    ['contact details, a doubled letter', 'iletişiim bilgileriniz nedir', 'tr', true],
    ['a call asked, a doubled letter', 'bugün beni araayın', 'tr', true],
    ['a phone number asked, a swapped letter', 'telefon numaranzıı nedir', 'tr', true],
    ['a person asked, a swapped letter', 'can I tlak to a person', 'en', true],
    ['support asked, a doubled letter', 'I need to conntact support', 'en', true],
    ['a real word a swap from another, in a story', 'I tried calling support twice', 'en', false],
    ['a refusal, a doubled letter in the target', 'I do not need a callbaack', 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: the bot called names', () => {
  it.each([
    ['the machine called worthless to its face', 'be quiet you worthless machine', 'en', true],
    ['a device called names as it fails', 'this horrible machine ate my card', 'en', false],
    ['the bot called inadequate, "bir" between', 'berbat bir botsun gerçekten', 'tr', true],
    ['the bot scorned', 'ne biçim bot bu ya', 'tr', true],
    ['the one answering called inadequate to its face', 'gerçekten çok yetersizsin', 'tr', true],
    ['a product called inadequate', 'kargo paketi yetersiz', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: "please" after someone named first, not after someone inside a sentence', () => {
  it.each([
    ['someone inside a story, then "please"', 'I sent money to the wrong person please', 'en', false],
    ['someone inside a question, then "please"', 'how do I send money to another person please', 'en', false],
    ['a thing given to someone, then "please"', 'I gave my card to a person please', 'en', false],
    ['someone named first, then "please"', 'a real human please', 'en', true],
    ['an answer, someone named, then "please"', 'yes the manager please', 'en', true],
    ['a team named, then "please"', 'customer service please', 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: one of the staff, named as a member', () => {
  it.each([
    ['one of the staff, alone', 'staff member', 'en', true],
    ['one of the staff, then "please"', 'a staff member please', 'en', true],
    ['staff members told of', 'the staff members were rude', 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe("requests for a person, round 65: a case's reference number given with the request", () => {
  it.each([
    ['someone asked for, then an order number', 'live agent Order #48213', 'en', true],
    ['a line asked for, a ticket number in brackets', 'support phone number (ticket 77120)', 'en', true],
    ['an order number, then a team asked for', 'order no 5521 customer service', 'en', true],
    ['a topic, then an order number', 'refund status order 5521', 'en', false],
    ['an order number alone', 'order #5521', 'en', false],
    ['someone asked for, then an order number', 'gerçek kişi sipariş no: 48213', 'tr', true],
    ['a tracking number, then contact details asked for', 'takip no 99812 iletişim bilgileri', 'tr', true],
    ['a topic, then an invoice number', 'fatura itirazı fatura no 4412', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 65: the first sentence of a longer message read alone', () => {
  it.each([
    ['a line asked for, then a question', 'Support phone number. Can you help?', 'en', true],
    [
      'a way to reach asked for, then the story',
      'contact details. My parcel has been lost for a week.',
      'en',
      true,
    ],
    ['an e-mail address asked for, then the story', 'email address. I was charged twice.', 'en', true],
    ['a topic, then the story', 'Billing. I was charged twice this month.', 'en', false],
    [
      'contact details asked for, then the story',
      'İletişim bilgileri. Siparişim iki haftadır gelmedi.',
      'tr',
      true,
    ],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: a long word typed with a letter lost', () => {
  it.each([
    ['a line asked for, a letter lost', 'what is your phone numbr', 'en', true],
    ['a call back asked for, a letter lost', 'i need a callbck today', 'en', true],
    [
      'a way to reach asked for, letters lost in two words',
      'contct details for your suport team',
      'en',
      true,
    ],
    ['a team asked for, letters lost', 'connect me to custmer servce', 'en', true],
    ['a way to reach asked for in Turkish, a letter lost', 'size nasıl ulşabilirim', 'tr', true],
    ['a person asked for in Turkish, a letter lost', 'müşteri temsilcisine bağlnmak istiyorum', 'tr', true],
    [
      'a real word a letter short of a request word',
      'I want to complain about the late delivery',
      'en',
      false,
    ],
    ['a real word a letter short of another', 'please provide the tracking link', 'en', false],
    ['a Turkish verb a negation short of another', 'kargom hala geliyor mu', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: a Turkish word typed with a slip before its ending', () => {
  it.each([
    ['a line asked for, letters swapped before the ending', 'whatsapp numaarnız var mı', 'tr', true],
    [
      'contact details asked for, letters swapped before the ending',
      'iletişmi bilgileriniz neler',
      'tr',
      true,
    ],
    ['a person asked for, letters swapped before the ending', 'temislcinizle görüşmek istiyorum', 'tr', true],
    ['a call asked for, typed right and glued', 'beni ararmısınız', 'tr', true],
    ['a topic typed with a slip before its ending', 'siparşiimin durumu', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: Turkish chat drops the r of a refusal', () => {
  it.each([
    ['a person refused, the r dropped', 'temsilciye bağlanmak istemiyom', 'tr', false],
    ['a call refused, the r dropped', 'operatörle görüşmek istemiyom, burdan çözelim', 'tr', false],
    ['a person refused by us, the r dropped', 'yetkiliyle konuşmak istemiyoz', 'tr', false],
    ['a person wanted, the r dropped', 'temsilciyle görüşmek istiyom', 'tr', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: what the bot is, and the bot not trusted', () => {
  it.each([
    ['the bot not trusted with the details', "I don't trust this chatbot with my details", 'en', true],
    ['the bot not trusted with a card', 'I do not trust this chat with my card number', 'en', true],
    ['whether to trust the chat, asked', 'can I trust this chat with my card number?', 'en', false],
    ['what the bot is, asked with a please', 'are you a bot please', 'en', false],
    ['whether a person answers, asked with a please', 'is this a real person pls', 'en', false],
    ['who answers, asked with a please', 'am I talking to a robot please', 'en', false],
    ['a person asked for with a please', 'a human please', 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: a device named with a contact word inside it', () => {
  it.each([
    ['headphones looked for', "I'm looking for wireless headphones", 'en', false],
    ['microphones asked about', 'do you sell microphones for podcasts', 'en', false],
    ['earphones broken', 'my earphones stopped working after a week', 'en', false],
    ['a line asked for with a device word', 'what is your telephone number', 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: a part of the business asked about, not asked for', () => {
  it.each([
    ['services listed', 'List your services please', 'en', false],
    ['details of a service', 'Details about tracking services please', 'en', false],
    ['a driver added to a policy', 'add driver please', 'en', false],
    ['the size of a team asked', 'how large is your sales team', 'en', false],
    ['a part of the business asked for', 'student services please', 'en', true],
    ['a team asked for', 'the claims team please', 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: sentences run together without a stop', () => {
  it.each([
    ['the bot not helping, then a person asked for', 'youre not helping escalate to a person', 'en', true],
    ['the bot unable, then staff asked for', 'bot cant do it get me staff', 'en', true],
    ['a refusal of the person itself', 'im not going to talk to an agent', 'en', false],
    [
      'the speaker’s own plan, the apostrophe dropped',
      'Ill speak to the manager tomorrow myself',
      'en',
      false,
    ],
    ['the speaker ill, a person asked for', "I'm ill, can I talk to a nurse", 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: getting in touch asked, with no one named', () => {
  it.each([
    ['how to get in touch, asked', 'how do I get in touch', 'en', true],
    ['where to get in touch, asked', 'where can I get in touch?', 'en', true],
    ['the speaker’s own plan to get in touch', "I'll get in touch tomorrow", 'en', false],
    ['keeping in touch, said', 'we should keep in touch', 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 66: being reached somewhere, asked politely', () => {
  it.each([
    ['contact by e-mail, asked with "can you"', 'can you contact me by email', 'en', true],
    ['reached by e-mail, asked with "can you"', 'can you reach me by email', 'en', true],
    [
      'a call on a number, asked with "could you please"',
      'could you please ring me on 07700 900123',
      'en',
      true,
    ],
    ['a number for a notice, asked with "can you"', 'can you call me on my mobile', 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

// Round 67: the model had learnt the words of a request from requests alone, and read a short line of them as one
// (scripts/signals/human-request-anchored.ts); and the grammar reads a few requests the model had carried.
describe('requests for a person, round 67: request words used without asking', () => {
  it.each([
    ['the bot called AI', 'this is AI lol', 'en', false],
    ['the bot called AI, then a word more', 'so this is an AI then', 'en', false],
    ['the bot called automated', 'oh so this is automated', 'en', false],
    ['agents as a menu lists them', 'list all agents', 'en', false],
    ['a role as what someone is', 'am I a senior member', 'en', false],
    [
      'a service to use, asked about in Turkish',
      'online danışmanlık hizmetinden yararlanabilir miyim',
      'tr',
      false,
    ],
    ['the speaker’s own family, reached', 'babama ulaşmak mümkün mü', 'tr', false],
    ['the business’s team, reached', 'destek ekibinize ulaşmak mümkün mü', 'tr', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 67: what the grammar now reads itself', () => {
  it.each([
    ['the business’s contact asked for as a noun', 'support contact please', 'en', true],
    ['the speaker’s own contact, told', 'my support contact changed', 'en', false],
    ['a call back, how soon in words', 'can you call me back in ten minutes', 'en', true],
    ['a call back, how soon in words, pleaded', 'ring me back in fifteen minutes please', 'en', true],
    ['the request made again to the one answering', 'I asked you to transfer me to a person', 'en', true],
    ['the request made again, told as an order', 'i told you to get me someone real', 'en', true],
    ['a request of the past, told', 'I asked to speak to a manager last week', 'en', false],
    ['a talk by phone, asked with -abilir', 'telefonda konuşabilir miyiz acaba', 'tr', true],
    ['an insurer’s person the speaker calls theirs', 'sigorta danışmanımla görüşmek istiyorum', 'tr', true],
    ['a thing’s number asked', "what's the licence number for the job", 'en', false],
    ['a thing’s number asked, an item’s', 'what is the item number for the job', 'en', false],
    ['a department’s line asked', "what's the claims number", 'en', true],
    ['a place’s line asked, a plea after', 'college phone number please', 'en', true],
    ['the speaker’s own place’s line', 'my college phone number please', 'en', false],
    ['a call asked in the singular, a plea after', 'beni ara lütfen', 'tr', true],
    ['a call asked in the singular, a plea before', 'lütfen beni yarın ara', 'tr', true],
    ['a search in the singular', 'ürün ara', 'tr', false],
    ['a letter lost from short words', 'coud you reah me by email', 'en', true],
    ['a name a letter short of a word', 'can I talk to Emil', 'en', true],
    ['a person refused in the progressive', 'I am not talking to an agent', 'en', false],
    ['a person refused after "no way"', 'no way im speaking to your manager', 'en', false],
    ['the bot refused in the progressive', 'I am not talking to a bot anymore', 'en', true],
    ['the automated service judged', 'this automated service is rubbish', 'en', true],
    ['the automated service asked about', 'is this an automated service?', 'en', false],
    [
      'a Turkish person asked for, a letter lost inside',
      'müşteri temslcisiyle görüşmek istiyorum',
      'tr',
      true,
    ],
    ['a Turkish branch called, its ending after it', 'en yakın şubeyi aramak istiyorum', 'tr', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

// Round 68: ways of reaching the business the grammar had no reading for, and words of a product or a buyer's own team
// the model read as a request (scripts/signals/human-request-anchored.ts, "en-our-team-needs").
describe('requests for a person, round 68: where and how to write to the business', () => {
  it.each([
    ['where to e-mail the business, asked', 'where can I email you', 'en', true],
    ['where to call the business, asked', 'where do I call you about my refund', 'en', true],
    ['where to write to the business, asked', 'where should I write to you', 'en', true],
    ['where to type, asked', 'where can I write', 'en', false],
    ['where to send one’s own papers', 'where can I email my resume', 'en', false],
    ['how to e-mail a place of the business', 'how do i email the library', 'en', true],
    ['how to get to a place', 'how do I get to the library', 'en', false],
    ['a message to the business, asked with "nereden"', 'size nereden yazabilirim', 'tr', true],
    ['an e-mail to the business, asked with "nasıl"', 'size nasıl mail atabilirim', 'tr', true],
    ['a message to the business, asked with "-abilir miyim"', 'size yazabilir miyim', 'tr', true],
    ['a form filled in for the business', 'size formu yazabilir miyim', 'tr', false],
    ['the same question, reported', 'size yazabilir miyim diye sordum', 'tr', false],
    ['a call to the business, asked with the conditional', 'sizi arasam olur mu', 'tr', true],
    [
      'the business by its name, how to get in touch',
      'Kuzey Yazılım ile iletişime nasıl geçebilirim',
      'tr',
      true,
    ],
    [
      'the business by its name, getting in touch wished',
      'Ege Kargo ile iletişime geçmek istiyorum',
      'tr',
      true,
    ],
    ['getting in touch, told as done', 'Ege Kargo ile iletişime geçtim', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 68: getting back, written to, escalating, the bot scorned', () => {
  it.each([
    [
      'getting in touch asked of the business, no one named',
      'özel sipariş için iletişime geçebilir misiniz',
      'tr',
      true,
    ],
    ['getting in touch with someone else asked', 'kargo firmasıyla iletişime geçer misiniz', 'tr', false],
    ['written to, the speaker the one reached', 'bana yazsınlar', 'tr', true],
    ['something written for the speaker', 'bana adresi yazın', 'tr', false],
    ['talking to the bot scorned with "niye"', 'hiçbir işe yaramayan bir robotla niye uğraşayım', 'tr', true],
    ['a manager’s line typed alone', 'manager number', 'en', true],
    ['how to escalate, asked', 'nothing was fixed, how can I escalate this?', 'en', true],
    ['how to escalate a thing of one’s own work, asked', 'how do I escalate a ticket in jira', 'en', false],
    ['a call back ordered with when', 'call back tomorrow afternoon', 'en', true],
    ['a call back ordered with when, "ring"', 'ring back in an hour please', 'en', true],
    ['the speaker’s own call back, told', "I'll call back later", 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 68: a call, an escalation or a question run on after the matter', () => {
  it.each([
    ['a call run on after the matter', 'im on the train call me at six', 'en', true],
    ['an escalation run on after the matter', 'still not sorted escalate it', 'en', true],
    ['a how question run on after the matter', 'the app keeps crashing how do i talk to support', 'en', true],
    ['a where question run on after the matter', 'my card got stolen where should i call', 'en', true],
    ['someone who called, asked without "did"', 'someone from your bank call me this morning', 'en', false],
    ['a call told not needed, "to" glued on', 'nobody needsto call me i just want a refund', 'en', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 68: Turkish ways to reach the business, and their look-alikes', () => {
  it.each([
    ['the address to write to the business by, asked', 'firmanıza hangi adresten yazabilirim', 'tr', true],
    ['the business’s complaint line asked', 'acaba şikayet hattınız var mı', 'tr', true],
    ['whom to apply to, asked', 'para iadesi için kime başvurmalıyım', 'tr', true],
    ['the bot’s own offer of help', 'size nasıl yardımcı olabilirim', 'tr', false],
    ['the speaker’s family reached', 'annemle nasıl iletişime geçerim', 'tr', false],
    ['the speaker’s messages sent on to their own mail', 'mesajlarımı mailime yönlendirin', 'tr', false],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});

describe('requests for a person, round 68: a channel as a product’s feature, a buyer’s own team', () => {
  it.each([
    [
      'a channel as what a campaign is sent by',
      'can you send me the price of your whatsapp campaigns',
      'en',
      false,
    ],
    ['a channel as what a feature reminds by', 'does the plan include whatsapp reminders', 'en', false],
    ['the business’s channel asked for', 'send me your whatsapp number please', 'en', true],
    ['the business’s channels asked for together', 'can I get your whatsapp and email', 'en', true],
    ['a buyer’s own team needing a document', 'our legal team needs your security details', 'en', false],
    ['a meeting’s link asked for', 'can i get the meeting link', 'en', false],
    ['the business’s sales team asked for', 'can I talk to your sales team', 'en', true],
    [
      'a trade named by when it works, asked for by "can I get"',
      'could I get the duty nurse please',
      'en',
      true,
    ],
    ['a trade named by when it works, told of', 'the on call engineer fixed it', 'en', false],
    ['a trade named by when it works, hyphenated', 'can i get the on-call engineer', 'en', true],
  ] as const)('%s: %s', (_class, text, locale, requested) => {
    expect(detectHumanRequest(text, locale).requested).toBe(requested);
  });
});
