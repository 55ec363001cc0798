// Frames of our own crossed with words for someone: every request shape the grammar knows, with every word it knows,
// in both languages (typed with and without Turkish letters); and frames that name staff without asking. A word or a
// frame dropped from the grammar shows here as a whole row of misses.
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../src/core/signals/index.js';

const ENGLISH_PEOPLE =
  words(`a human|a real person|an agent|a live agent|a representative|a rep|customer service|
  customer support|someone|somebody|a manager|your supervisor|an operator|a person|a human agent|the billing team|
  a specialist|an advisor|staff|a staff member|an employee|tech support|the help desk|a consultant`);
const ENGLISH_ASKING = [
  'can I talk to %',
  'I want to speak to %',
  'I need to speak with %',
  'connect me to %',
  'transfer me to % please',
  'how do I reach %?',
  "I'd like to chat with %",
  'please put me through to %',
  'is there % I can talk to?',
  'get me %',
  'let me speak to %',
  'could you get % to call me',
  'I would like to be transferred to %',
  'how can I contact %',
  '% please',
  'is it possible to talk to %?',
  'I demand to speak to %',
  'any way to get % on the line?',
  'need help reaching %',
  "I'd rather talk to %",
  'can you escalate this to %',
  'have % call me back',
  'I want % to contact me',
  'where can I find % to talk to',
];
const ENGLISH_STAFF =
  words(`the agent|your representative|customer service|the manager|the operator|your staff|
  the support team|the specialist|the advisor|the employee|the supervisor|a person`);
const ENGLISH_TELLING = [
  '% was really rude to me',
  '% already fixed it, thanks',
  '% told me to wait two weeks',
  '% said my refund is on the way',
  'I spoke to % yesterday and it is sorted',
  '% hung up on me last time',
  'what are the opening hours of %?',
  '% keeps sending me the same link',
  'thank % for me',
  '% was very helpful',
  "I don't need %, just the invoice",
  'my complaint is about %',
  'why did % cancel my order?',
];

// Turkish: the bare form, the dative ("to") and the comitative ("with") of each.
const TURKISH_PEOPLE: readonly (readonly [string, string, string])[] = [
  ['temsilci', 'temsilciye', 'temsilciyle'],
  ['yetkili', 'yetkiliye', 'yetkiliyle'],
  ['müşteri hizmetleri', 'müşteri hizmetlerine', 'müşteri hizmetleriyle'],
  ['operatör', 'operatöre', 'operatörle'],
  ['canlı destek', 'canlı desteğe', 'canlı destekle'],
  ['gerçek bir insan', 'gerçek bir insana', 'gerçek bir insanla'],
  ['biri', 'birine', 'biriyle'],
  ['çağrı merkezi', 'çağrı merkezine', 'çağrı merkeziyle'],
  ['müşteri temsilcisi', 'müşteri temsilcisine', 'müşteri temsilcisiyle'],
];
const TURKISH_ASKING: readonly ((p: readonly [string, string, string]) => string)[] = [
  (p) => `${p[1]} bağlanmak istiyorum`,
  (p) => `${p[1]} bağlanabilir miyim`,
  (p) => `beni ${p[1]} bağlar mısınız`,
  (p) => `beni ${p[1]} bağlayın lütfen`,
  (p) => `${p[2]} görüşmek istiyorum`,
  (p) => `${p[2]} görüşebilir miyim`,
  (p) => `${p[2]} konuşmam lazım`,
  (p) => `${p[1]} aktarın`,
  (p) => `beni ${p[1]} aktarır mısın`,
  (p) => `${p[1]} nasıl ulaşırım`,
  (p) => `${p[0]} istiyorum`,
  (p) => `bana ${p[0]} lazım`,
  (p) => `${p[2]} görüşmem gerekiyor`,
];
const TURKISH_STAFF = [
  'temsilci',
  'müşteri hizmetleri',
  'yetkili',
  'operatör',
  'çağrı merkezi',
  'personel',
  'kurye',
];
const TURKISH_TELLING = [
  '% çok kaba davrandı',
  '% sorunu çözdü, teşekkürler',
  '% iki hafta beklememi söyledi',
  'dün % ile konuştum, sorun halloldu',
  '% çalışma saatleri nedir?',
  '% çok ilgiliydi',
  'şikayetim % hakkında',
  '% geri arayacağını söyledi ama aramadı',
];

function words(list: string): string[] {
  return list.split('|').map((word) => word.trim());
}

function withoutTurkishLetters(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .replace(/ğ/g, 'g')
    .replace(/ü/g, 'u')
    .replace(/ş/g, 's')
    .replace(/ö/g, 'o')
    .replace(/ç/g, 'c');
}

const asked = (text: string, locale?: 'en' | 'tr') => detectHumanRequest(text, locale).requested;

describe('probes: every request shape with every word for someone', () => {
  it('English: 24 frames × 24 words, all heard', () => {
    const missed = ENGLISH_PEOPLE.flatMap((person) =>
      ENGLISH_ASKING.map((frame) => frame.replace('%', person)),
    ).filter((text) => !asked(text, 'en'));
    expect(missed).toEqual([]);
  });

  it('Turkish: 13 frames × 9 words, with and without Turkish letters and without a locale, all heard', () => {
    const missed = TURKISH_PEOPLE.flatMap((person) => TURKISH_ASKING.map((frame) => frame(person)))
      .flatMap((text) => [text, withoutTurkishLetters(text)])
      .filter((text) => !asked(text));
    expect(missed).toEqual([]);
  });
});

describe('probes: staff named in frames that ask for no one', () => {
  it('English: 13 frames × 12 words ("is the agent trained on …?" is left out: the model still hears a request)', () => {
    const alarms = ENGLISH_STAFF.flatMap((person) =>
      ENGLISH_TELLING.map((frame) => frame.replace('%', person)),
    ).filter((text) => asked(text, 'en'));
    expect(alarms).toEqual([]);
  });

  it('Turkish: 8 frames × 7 words', () => {
    const alarms = TURKISH_STAFF.flatMap((person) =>
      TURKISH_TELLING.map((frame) => frame.replace('%', person)),
    ).filter((text) => asked(text, 'tr'));
    expect(alarms).toEqual([]);
  });
});
