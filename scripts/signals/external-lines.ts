// Reads the labelled lines of other people's words kept outside the repository (see docs/signal-quality.md): each
// `*.txt` file of a folder holds `@source`, `@locale` and `@split` headers, then one line per utterance, `+ ` for a
// request for a person and `- ` for anything else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExternalLine {
  file: string;
  /** The `@source` header in force, else the file's name. */
  source: string;
  text: string;
  locale: 'en' | 'tr';
  label: boolean;
  /** `dev` (read for families) or `test` (scored once, never read). */
  split: string;
}

/** Every labelled line of the folder's `*.txt` files, the files in name order. */
export function readExternalLines(dir: string): ExternalLine[] {
  const lines: ExternalLine[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    let source = file;
    let locale: 'en' | 'tr' = 'en';
    let split = 'dev';
    for (const raw of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const line = raw.trim();
      if (line.startsWith('@source ')) {
        source = line.slice(8);
      } else if (line.startsWith('@locale ')) {
        locale = line.slice(8) === 'tr' ? 'tr' : 'en';
      } else if (line.startsWith('@split ')) {
        split = line.slice(7);
      } else if (line.startsWith('+ ') || line.startsWith('- ')) {
        lines.push({ file, source, text: line.slice(2), locale, label: line.startsWith('+'), split });
      }
    }
  }
  return lines;
}

/** A labelled line of one set, for the scripts that read dev data of several kinds. */
export interface SetLine {
  set: string;
  text: string;
  locale: 'en' | 'tr';
  label: boolean;
}

/** The dev half of the external lines in `dir` (never a test half). */
export function readDevLines(dir: string): SetLine[] {
  return readExternalLines(dir)
    .filter((line) => line.split === 'dev')
    .map(({ text, locale, label }) => ({ set: 'external dev', text, locale, label }));
}

/** One split of the generated corpus (`data/signals/human-request-NAME.jsonl`), named `set`. */
export function readCorpusSplit(name: 'train' | 'dev', set: string): SetLine[] {
  return readFileSync(new URL(`../../data/signals/human-request-${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; locale: 'en' | 'tr'; label: boolean })
    .map((item) => ({ set, text: item.text, locale: item.locale, label: item.label }));
}
