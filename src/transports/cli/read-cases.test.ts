import { describe, expect, it } from 'vitest';
import { readCases, readCasesFromBytes } from './read-cases.js';

const inputs: Record<string, string> = {
  'JSON Lines': '{"id":"a"}\n\n{"id":"b"}\r\n{"id":\n  \n{"id":"ç"}\n',
  'JSON Lines without a final break': '{"id":"a"}\n{"id":"b"}',
  'one document over several lines': '{\n  "id": "a"\n}\n',
  'an array': '[{"id":"a"},\n{"id":"b"}]',
  'one value then blank lines': '\n  {"id":"a"}\n\n \u00a0\n',
  'a first line with a byte-order mark': '\ufeff{"id":"a"}\n{"id":"b"}\n',
  'a first line that is not JSON': 'nope\n{"id":"b"}\n',
  'a line ending in a non-breaking space': '{"id":"a"}\u00a0\n{"id":"b"}',
  'Turkish text and a bad byte': '{"text":"iptal edin lütfen"}\n{"text":"\u00fc\u011f"}\n{"id":"x"}',
  'nothing but blanks': ' \n\r\n',
  empty: '',
};

describe('readCasesFromBytes', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`reads ${name} as readCases reads the decoded text`, () => {
      expect(readCasesFromBytes(Buffer.from(text))).toEqual(readCases(text));
    });
  }

  it('reads a truncated UTF-8 character at a line end as the whole decode does', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"a"}\n"'),
      Buffer.from([0xc3]),
      Buffer.from('"\n{"id":"b"}'),
    ]);
    expect(readCasesFromBytes(bytes)).toEqual(readCases(bytes.toString('utf8')));
  });
});
