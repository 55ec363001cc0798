import { describe, expect, it } from 'vitest';
import { detectHumanRequest, VETOES } from './human-request.js';

const requested = (text: string, locale?: 'tr' | 'en') => detectHumanRequest(text, locale).requested;

describe('detectHumanRequest in English', () => {
  it('hears explicit requests for a person', () => {
    for (const text of [
      'can I talk to a real person',
      'I want to speak to a human',
      'get me a manager',
      'transfer me to an agent',
      'representative please',
      'Agent!',
      'Is there a human I can chat with?',
    ]) {
      expect(requested(text, 'en'), text).toBe(true);
    }
  });

  it('is not fooled by negations', () => {
    for (const text of [
      "I don't need an agent",
      'no need for a human',
      'I do not want to talk to a person, just tell me the date',
      'No agent please, just send the invoice',
    ]) {
      expect(requested(text, 'en'), text).toBe(false);
    }
  });

  it('ignores other senses of agent, person and human', () => {
    for (const text of [
      'my travel agent said the booking was fine',
      'I emailed the human resources department',
      'the real estate agent sent me your link',
      'the agent software crashed',
      'can I pick it up in person?',
      'I already spoke to an agent yesterday',
    ]) {
      expect(requested(text, 'en'), text).toBe(false);
    }
  });

  it('hears a refusal of the bot as a request, by rule', () => {
    for (const text of [
      "I don't want to talk to a bot",
      'talking to a bot is useless',
      "stop, you're a machine",
      "I'm not comfortable sharing this with a machine",
      'no more bots',
    ]) {
      expect(detectHumanRequest(text, 'en'), text).toMatchObject({ requested: true, source: 'rule' });
    }
    for (const text of [
      'the machine ate my card',
      "I'm not a robot, why am I blocked",
      'thanks, the bot solved it',
      'Can someone explain why my card was charged twice?',
      'stop the automated emails',
      'my robot vacuum is useless',
    ]) {
      expect(requested(text, 'en'), text).toBe(false);
    }
  });

  it('hears a person asked to act, and a person who can help', () => {
    for (const text of [
      'could someone look at my case?',
      'have a manager call me',
      'let an agent handle it',
      "you don't understand me, I need someone who does",
    ]) {
      expect(requested(text, 'en'), text).toBe(true);
    }
    expect(requested('I need someone to pick up my parcel', 'en')).toBe(false);
    expect(requested('can someone deliver on sunday', 'en')).toBe(false);
  });

  it('does not read a greeting or a meeting as a request; hears "agent needed" and "get a human to email me"', () => {
    for (const text of ['hello there', 'hi', 'good morning', 'move my call with the team tomorrow']) {
      expect(requested(text, 'en'), text).toBe(false);
    }
    for (const text of [
      'agent needed please',
      'get a human to email me',
      'can you get someone from the team to call me',
    ]) {
      expect(requested(text, 'en'), text).toBe(true);
    }
    expect(requested('merhaba', 'tr')).toBe(false);
    expect(requested('temsilciistemedim', 'tr')).toBe(false);
  });

  it('does not read a past transfer as a request', () => {
    expect(requested('yesterday I was put through to an agent and the call dropped', 'en')).toBe(false);
    expect(requested('I was transferred to billing twice', 'en')).toBe(false);
    expect(requested('can I get transferred to an agent', 'en')).toBe(true);
  });

  it('reads a rhetorical "why can\'t I" as a request', () => {
    expect(requested("Why can't I talk to a real person??", 'en')).toBe(true);
  });

  it('returns the matched cue', () => {
    expect(detectHumanRequest('Can I talk to a real person please?', 'en')).toEqual({
      requested: true,
      phrase: 'talk to a real person',
      source: 'rule',
      probability: 1,
    });
    expect(detectHumanRequest('Where is my parcel?', 'en')).toMatchObject({
      requested: false,
      phrase: null,
      source: null,
    });
  });
});

describe('detectHumanRequest in Turkish', () => {
  it('hears explicit requests, with or without Turkish letters', () => {
    for (const text of [
      'operatöre bağlar mısın',
      'müşteri temsilcisi',
      'canlı destek',
      'yetkili biriyle görüşmek istiyorum',
      'insanla konuşmak istiyorum',
      'operatore baglar misin',
      'gercek biriyle gorusmek istiyorum',
      'Beni müşteri temsilcisine bağlayın lütfen',
    ]) {
      expect(requested(text, 'tr'), text).toBe(true);
    }
  });

  it('is not fooled by negations', () => {
    for (const text of [
      'temsilciye gerek yok',
      'operatör istemiyorum',
      'insan istemiyorum',
      'Beni temsilciye bağlamayın',
      'müşteri temsilcisiyle görüşmek istemiyorum',
    ]) {
      expect(requested(text, 'tr'), text).toBe(false);
    }
  });

  it('ignores other senses of insan, yetkili and operatör', () => {
    for (const text of [
      'insan kaynakları ile ilgili bir sorum var',
      'Yetkili servis adresi nedir?',
      'Operatörüm Turkcell, numaramı taşımak istiyorum',
      'Operatör değiştirmek istiyorum',
      'Gerçek bir insan mısın?',
      'Dün temsilcinizle konuştum',
    ]) {
      expect(requested(text, 'tr'), text).toBe(false);
    }
  });

  it('hears "kimse yok mu" and refusing the bot, not an ATM or a robot vacuum', () => {
    expect(requested('operatöre bağlarmısınız', 'tr')).toBe(true);
    expect(requested('yetkiliyle gorusebilirmiyim', 'tr')).toBe(true);
    expect(requested('canli destege baglanamiyorum', 'tr')).toBe(true);
    expect(requested('temsilciye bağlanamadım dün, sorun çözüldü', 'tr')).toBe(false);
    expect(requested('bugün bir temsilciyle görüştüm', 'tr')).toBe(false);
    expect(requested('burada kimse yok mu', 'tr')).toBe(true);
    expect(requested('kimse yok mu?', 'tr')).toBe(true);
    expect(requested('botla konusmak istemiyorum', 'tr')).toBe(true);
    expect(requested('bu ürünü alan kimse var mı', 'tr')).toBe(false);
    expect(requested('robot süpürgem çalışmıyor', 'tr')).toBe(false);
    expect(requested('makine kartımı yuttu', 'tr')).toBe(false);
  });

  it('detects the locale when none is given', () => {
    expect(requested('operatore baglar misin')).toBe(true);
    expect(requested('I want to speak to a human')).toBe(true);
    expect(requested('temsilciye gerek yok')).toBe(false);
  });
});

describe('the vetoes of detectHumanRequest', () => {
  const NO_VETOES = { clause: [], sentence: [] };

  it('turns away a grammar match about running support, and a model reading about what the bot is', () => {
    // Without its vetoes the detector hears both; each veto alone keeps its line out.
    const cases = [
      {
        text: 'how do I transfer a chat to another agent',
        kind: 'clause',
        veto: 'running support',
        source: 'rule',
      },
      { text: 'is this a real human or a bot', kind: 'sentence', veto: 'what the bot is', source: 'model' },
    ] as const;
    for (const { text, kind, veto, source } of cases) {
      expect(detectHumanRequest(text, 'en').requested).toBe(false);
      expect(detectHumanRequest(text, 'en', undefined, NO_VETOES)).toMatchObject({ requested: true, source });
      const without = { ...VETOES, [kind]: VETOES[kind].filter((each) => !each.name.startsWith(veto)) };
      expect(detectHumanRequest(text, 'en', undefined, without).requested).toBe(true);
    }
  });

  it('names each veto once per table', () => {
    for (const table of [VETOES.clause, VETOES.sentence]) {
      const names = table.map((veto) => `${veto.name} ${veto.language ?? ''}`);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
