// Streams a helpdesk export (CSV through csv-parse, JSON Lines through readline) into the audit accumulator:
// memory follows the number of cases, not of rows; a row that cannot be read is reported by line and skipped.
import { createInterface } from 'node:readline';
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { AuditAccumulator } from '../../core/audit/audit-accumulator.js';
import type { AuditRow } from '../../core/audit/audit-row.js';
import type { FieldGetter } from '../../core/audit/build-row.js';
import { jsonGetter, zendeskRecords } from '../../core/audit/json-records.js';
import { type AuditField, columnIndexes, type SourceSpec } from '../../core/audit/source-fields.js';
import { HandoffError } from '../../errors.js';

export type LogFormat = 'csv' | 'jsonl';

export interface ReadLogOptions {
  spec: SourceSpec;
  map: readonly string[];
  build(get: FieldGetter): AuditRow | string;
  /** csv or jsonl; null to tell by the first character ({ or [ is JSON Lines). */
  format: LogFormat | null;
  /** Refused past this many bytes (413). */
  maxBytes?: number;
  /** Called with the bytes read so far, after each chunk. */
  onBytes?: (bytes: number) => void;
}

/** The chunks, counted and bounded, and the format (told from the first one when not given). */
async function counted(
  source: AsyncIterable<Buffer | string>,
  options: ReadLogOptions,
): Promise<{ chunks: AsyncIterable<Buffer>; format: LogFormat | null }> {
  const iterator = source[Symbol.asyncIterator]();
  let bytes = 0;
  const take = (chunk: Buffer | string): Buffer => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (options.maxBytes !== undefined && bytes > options.maxBytes) {
      throw new HandoffError('payload_too_large', `the log is larger than ${options.maxBytes} bytes`, {
        path: 'body',
      });
    }
    options.onBytes?.(bytes);
    return buffer;
  };
  // Leading blank chunks say nothing about the format; they are kept so that line numbers stay true.
  const head: Buffer[] = [];
  let lead: string | undefined;
  while (lead === undefined) {
    const next = await iterator.next();
    if (next.done === true) {
      return { chunks: Readable.from(head), format: null };
    }
    const buffer = take(next.value);
    head.push(buffer);
    lead = buffer
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()[0];
  }
  const format = options.format ?? (lead === '{' || lead === '[' ? 'jsonl' : 'csv');
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield take(next.value);
    }
  }
  return { chunks: all(), format };
}

async function readCsv(chunks: AsyncIterable<Buffer>, options: ReadLogOptions, into: AuditAccumulator) {
  const parser = parse({
    info: true,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const problem = error as (Error & { lines?: number }) | undefined;
      into.fail(Number(problem?.lines ?? 0), `not valid CSV (${problem?.message ?? 'unreadable'})`);
      return undefined;
    },
  });
  // pipeline, not pipe: a read that fails (too large, a broken connection) fails the parser too.
  pipeline(Readable.from(chunks), parser, () => undefined);
  let indexes: Record<AuditField, number> | null = null;
  let width = 0;
  for await (const { info, record } of parser as AsyncIterable<{
    info: { lines: number };
    record: string[];
  }>) {
    if (indexes === null) {
      indexes = columnIndexes(options.spec, record, options.map);
      width = record.length;
      continue;
    }
    if (record.length !== width) {
      into.fail(info.lines, `has ${record.length} fields; the header has ${width}`);
      continue;
    }
    const at = indexes;
    const row = options.build((field) => (at[field] >= 0 ? record[at[field]] : undefined));
    if (typeof row === 'string') {
      into.fail(info.lines, row);
    } else {
      into.add(row);
    }
  }
}

async function readJsonLines(chunks: AsyncIterable<Buffer>, options: ReadLogOptions, into: AuditAccumulator) {
  const lines = createInterface({ input: Readable.from(chunks), crlfDelay: Infinity });
  const isZendesk = options.spec.source === 'zendesk';
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') {
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch (error) {
      into.fail(line, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of items) {
      const records = isZendesk
        ? zendeskRecords(item)
        : typeof item === 'object' && item !== null && !Array.isArray(item)
          ? [item as Record<string, unknown>]
          : [];
      if (records.length === 0) {
        into.fail(line, 'not a JSON object');
      }
      for (const record of records) {
        const row = options.build(jsonGetter(options.spec, record));
        if (typeof row === 'string') {
          into.fail(line, row);
        } else {
          into.add(row);
        }
      }
    }
  }
}

/** Reads the whole log into the accumulator; `bad_request` when it holds no rows at all. */
export async function readAuditLog(
  source: AsyncIterable<Buffer | string>,
  options: ReadLogOptions,
  into: AuditAccumulator,
): Promise<void> {
  const { chunks, format } = await counted(source, options);
  if (format === 'csv') {
    await readCsv(chunks, options, into);
  } else if (format === 'jsonl') {
    await readJsonLines(chunks, options, into);
  }
  if (into.rows === 0) {
    throw new HandoffError('bad_request', 'the log holds no rows (an empty file, or a CSV header alone)', {
      path: 'file',
    });
  }
}
