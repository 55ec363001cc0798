import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from './human-request.js';

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

  it('detects the locale when none is given', () => {
    expect(requested('operatore baglar misin')).toBe(true);
    expect(requested('I want to speak to a human')).toBe(true);
    expect(requested('temsilciye gerek yok')).toBe(false);
  });
});
