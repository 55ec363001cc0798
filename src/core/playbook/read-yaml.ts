// Reads playbook YAML keeping source positions, so every problem can be reported as line:col.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
} from 'yaml';
import type { ErrorDetail } from '../../errors.js';
import { formatPath, type PathSegment, type PlaybookProblem } from './playbook-problem.js';

/**
 * The largest playbook accepted, in characters. Checking and compiling run on the event loop of every node
 * that activates the version: this bounds how long that takes (bench/playbook-size.js).
 */
export const MAX_PLAYBOOK_LENGTH = 262_144;
/** Aliases are fine for sharing a list; more expansions than this look like a "billion laughs" attack. */
const MAX_ALIAS_COUNT = 50;

export interface YamlSource {
  /** The plain value; undefined when the YAML could not be read. */
  value: unknown;
  /** Problems with the YAML itself (syntax, duplicate keys, aliases). */
  errors: ErrorDetail[];
  /** Adds the line and column of the node a problem is about (the deepest node of its path that exists). */
  locate(problem: PlaybookProblem): ErrorDetail;
}

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

function pathOf(ancestors: readonly unknown[], node: unknown): PathSegment[] {
  const chain = [...ancestors, node];
  const path: PathSegment[] = [];
  chain.forEach((item, index) => {
    const child = chain[index + 1];
    if (isSeq(item) && child !== undefined) {
      path.push(item.items.indexOf(child as never));
    } else if (isPair(child)) {
      path.push(keyText(child.key));
    }
  });
  return path;
}

/** Parses YAML text; never throws. */
export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const position = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  const errors: ErrorDetail[] = [];
  const add = (path: readonly PathSegment[], message: string, offset: number | undefined) =>
    errors.push({ path: formatPath(path), message, ...position(offset) });

  if (text.length > MAX_PLAYBOOK_LENGTH) {
    errors.push({
      path: '',
      message: `the playbook is larger than ${MAX_PLAYBOOK_LENGTH.toLocaleString('en-US')} characters (256 KiB)`,
      line: 1,
      col: 1,
    });
    return {
      value: undefined,
      errors,
      locate: (problem) => ({ path: formatPath(problem.path), message: problem.message }),
    };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  const locate = makeLocator(doc, position);
  const keyPaths = new Map<number, PathSegment[]>();
  let firstAlias: number | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      const offset = (pair.key as Node | null)?.range?.[0];
      if (offset !== undefined) {
        keyPaths.set(offset, pathOf(ancestors, pair));
      }
      if (pair.key !== null && !isScalar(pair.key)) {
        add(pathOf(ancestors, pair), 'keys must be plain text, not lists or maps', offset);
      }
    },
    Alias(_, alias) {
      firstAlias ??= alias.range?.[0];
    },
  });
  for (const error of doc.errors) {
    const path = keyPaths.get(error.pos[0]) ?? [];
    add(path, describeYamlError(error, path.at(-1)), error.pos[0]);
  }
  if (errors.some((error) => !error.message.startsWith('duplicate key'))) {
    return { value: undefined, errors, locate };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors, locate };
  } catch (error) {
    const message = /excessive alias/i.test((error as Error).message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); write the values out instead`
      : `${(error as Error).message.replace(/\.$/, '')}`;
    add([], message, firstAlias);
    return { value: undefined, errors, locate };
  }
}

function describeYamlError(error: YAMLError, key: PathSegment | undefined): string {
  if (error.code === 'DUPLICATE_KEY') {
    return `duplicate key${key === undefined ? '' : ` "${key}"`}: each key may appear once in a map`;
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return 'a playbook is one YAML document; remove the second "---"';
  }
  return `YAML syntax error: ${error.message.split('\n')[0] ?? error.code}`;
}

function makeLocator(
  doc: Document,
  position: (offset: number | undefined) => { line: number; col: number },
): (problem: PlaybookProblem) => ErrorDetail {
  return (problem) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0];
    for (const [index, segment] of problem.path.entries()) {
      if (isAlias(node)) {
        node = node.resolve(doc);
      }
      if (isMap(node)) {
        const pair = node.items.find((item) => keyText(item.key) === String(segment));
        if (pair === undefined) {
          break;
        }
        const last = index === problem.path.length - 1;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        const range = value?.range ?? undefined;
        offset =
          (last && problem.at === 'key') || !range || range[0] === range[1] ? key?.range?.[0] : range[0];
        node = value ?? undefined;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        offset = (node as Node).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return { path: formatPath(problem.path), message: problem.message, ...position(offset) };
  };
}
