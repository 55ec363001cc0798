import { describe, expect, it } from 'vitest';
import { asksSomething, onlyTells } from './human-request-asking.js';
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
