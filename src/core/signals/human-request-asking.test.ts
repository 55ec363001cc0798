import { describe, expect, it } from 'vitest';
import { asksNothing, asksSomething, isAStatement, onlyStates, onlyTells } from './human-request-asking.js';
import { tokenize } from './normalise.js';

describe('asksSomething: whether an English sentence asks at all', () => {
  it.each([
    ['a need', 'i need the fraud department'],
    ['a wish typed badly', 'wud apreciate a technicain coming round'],
    ['a modal question about the speaker', 'any way i can get moved to a colleague'],
    ['a modal typed short', 'cn u get me thru to sum1 who can sort it'],
    ['an order at the start', 'connect me to a represenative'],
    ['an order after an opener', 'ok so put me through to billing'],
    ['an order naming the speaker', 'hook me up w somone from ur accounts ppl'],
    ['a question at the start', 'how do i reach your returns team'],
    ['an attempt', 'been trying to get hold of a supervisor all week'],
  ])('%s: %s', (_kind, text) => {
    expect(asksSomething(tokenize(text))).toBe(true);
  });

  it.each([
    ['what happened', 'each time i was passed between departments and told someone would ring back'],
    ['a review', 'the front desk staff sorted it out within the hour'],
    ['what someone keeps saying', 'customer support keeps saying an agent will call within two days'],
    ['someone telling the speaker', 'they told me a manager would phone'],
  ])('%s: %s', (_kind, text) => {
    expect(asksSomething(tokenize(text))).toBe(false);
  });
});

describe('onlyTells: a sentence that asks nothing and says nothing of the bot', () => {
  it('tells when it asks nothing', () => {
    expect(onlyTells('the engineer came twice and left without fixing it', false)).toBe(true);
  });
  it('does not when it speaks of the bot, typed badly too, since refusing the bot needs no asking word', () => {
    expect(onlyTells('talking to this bot is getting me nowhere at all', false)).toBe(false);
    expect(onlyTells('i refuse to share this with a chatvot', false)).toBe(false);
  });
  it('does not when it asks', () => {
    expect(onlyTells('please have someone from billing call me back today', false)).toBe(false);
  });
  it('does not when a later part orders', () => {
    expect(onlyTells("you're not answering my question, get me a living person", false)).toBe(false);
  });
  it('does not when it is a question', () => {
    expect(onlyTells('havr you got anyone at the shipping department i can talk to', true)).toBe(false);
  });
});

describe('isAStatement: a subject and a verb that tells, read where we can read them', () => {
  it.each([
    ['the speaker and a past verb', 'i bought a new laptop last week'],
    ['the speaker and a verb that tells', 'i know your marketing team quite well'],
    ['the speaker where they are', 'i m calling from a recruitment agency'],
    ['the speaker, a past after an interjection', 'omg i just realised i messaged the wrong person'],
    ['another subject and a finite verb', 'you are not even a real person'],
    ['a noun phrase and a finite verb', 'the manager of your bristol shop has been brilliant'],
    ['"i have" with a thing', 'i have your billing page open'],
  ])('%s: %s', (_kind, text) => {
    expect(isAStatement(tokenize(text))).toBe(true);
  });

  it.each([
    ['a verb typed badly is not read', 'i ned the complaints department'],
    ['"i have to" obliges', 'i have to speak with the claims team'],
    ['"i have to" typed badly', 'i have ti get through to billing'],
    ['"i\'ll" and what the speaker will wait for', 'i ll hold for the next agent'],
    ['a noun phrase alone', 'the it helpdesk team'],
    ['someone named by what they do', 'whoever is in charge of refunds'],
    ['"anyone who"', 'literally anyone who works there'],
    ['an order', 'open a chat with an agent'],
    ['the speaker fed up', 'i m done with this chatbot'],
  ])('%s: %s', (_kind, text) => {
    expect(isAStatement(tokenize(text))).toBe(false);
  });
});

describe('onlyStates: a statement in every part, asking nothing', () => {
  it('states when every part is a statement and none asks', () => {
    expect(onlyStates('i keep getting calls from your sales team', false)).toBe(true);
  });
  it('does not when a part after a comma is an order typed badly', () => {
    expect(onlyStates('my account is locked, passs me ot a colleague', false)).toBe(false);
  });
  it('does not when an order stands inside the sentence', () => {
    expect(onlyStates('this is not helping give me support', false)).toBe(false);
  });
  it('does not when a wish is put as what would please', () => {
    expect(onlyStates('being connected to a person would be great thanks', false)).toBe(false);
  });
  it('does not when it obliges someone', () => {
    expect(onlyStates('a real person has to look at this', false)).toBe(false);
  });
  it('does not for a computer talked to, but does for one bought', () => {
    expect(onlyStates('i was talking to a computer for an hour', false)).toBe(false);
    expect(onlyStates('i bought this computer three weeks ago', false)).toBe(true);
  });
});

describe('asksNothing: no part asks, names the bot, names a way of contact or someone first', () => {
  it.each([
    ['a failure told', 'computer is not getting switched on', false, true],
    ['a noun phrase of people', 'members of the staff', false, true],
    ['a plan told', 'i ll be sending an email to customer service today', false, true],
    ['a question mark', 'customer service languages', true, false],
    ['an order', 'arrange a call with your team', false, false],
    ['a way of contact first', 'live chat with a person', false, false],
    ['someone first, described after', 'literally anyone who works there', false, false],
    ['people named first, told of after', 'the engineers at the depot were late', false, true],
    ['the bot named', 'this chatbot never understands', false, false],
    ['a second part that asks', 'my bill is wrong, get me someone', false, false],
  ] as const)('%s: %s', (_kind, text, isQuestion, expected) => {
    expect(asksNothing(text, isQuestion)).toBe(expected);
  });
});
