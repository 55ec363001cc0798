import { describe, expect, it } from 'vitest';
import { withTyposRead } from './typos.js';

describe('words typed with a slip', () => {
  it.each([
    ['a doubled letter in Turkish', 'simmdi ara', 'tr', 'simdi ara'],
    ['two letters swapped in Turkish', 'nsail ulasabilirim', 'tr', 'nasil ulasabilirim'],
    ['a doubled letter in English', 'i neeed a human', 'en', 'i need a human'],
    ['two letters swapped in English', 'get me an agnet', 'en', 'get me an agent'],
    ['several slips in one message', 'cagri merkzeini nasil araarim', 'tr', 'cagri merkezini nasil ararim'],
    ['a letter lost in Turkish', 'size nasil ulsabilirim', 'tr', 'size nasil ulasabilirim'],
    ['a letter lost in English', 'what is your phone numbr', 'en', 'what is your phone number'],
    ['a letter lost in several words', 'contct the custmer servce', 'en', 'contact the customer service'],
    ['a doubled letter before a lost one', 'i neeed a human', 'en', 'i need a human'],
    ['a letter lost from a word of five letters', 'coud you reah me', 'en', 'could you reach me'],
    ['a letter lost from a short person word', 'can i speak to the ownr', 'en', 'can i speak to the owner'],
    [
      'a letter lost inside a Turkish word, an ending after it',
      'temslcisiyle gorusmek istiyorum',
      'tr',
      'temsilcisiyle gorusmek istiyorum',
    ],
    [
      'a slip in the start of a Turkish word, an ending after it',
      'whatsapp numaarniz var mi',
      'tr',
      'whatsapp numaraniz var mi',
    ],
  ] as const)('%s: %s', (_class, text, language, read) => {
    expect(withTyposRead(text, language)).toBe(read);
  });

  it.each([
    ['a real word a swap from another', 'i tried calling twice', 'en'],
    ['a real Turkish word a doubled letter from another', 'hatta iki kez aradim', 'tr'],
    ['a word of three letters', 'teh agt', 'en'],
    ['a name a letter short of a word', 'can i talk to emil', 'en'],
    ['a short word cut short, not a letter lost inside', 'what is the robo studio', 'en'],
    ['a word near no word of the corpus', 'my xylophone broke', 'en'],
    ['a real word a letter short of another', 'i want to complain', 'en'],
    ['a Turkish word and its ending, not another word short its last letter', 'en yakin subeyi', 'tr'],
    ['a Turkish verb, not another word short a letter before an ending', 'bu gerekir mi', 'tr'],
    ['a real English word a letter short of a corpus word', 'please provide the link', 'en'],
    ['a Turkish verb a negation short of another', 'kargo hala geliyor', 'tr'],
    ['a real Turkish word a letter short of another', 'size yazdim', 'tr'],
    ['a word of five letters that would lose a letter', 'the agnt said no', 'en'],
    ['a Turkish word the corpus holds, with an ending glued after it', 'beni ararmisiniz', 'tr'],
    ['a Turkish verb in the present tense with another ending', 'sanki bir insanla yazisiyormus gibi', 'tr'],
  ] as const)('%s stays as typed: %s', (_class, text, language) => {
    expect(withTyposRead(text, language)).toBe(text);
  });
});
