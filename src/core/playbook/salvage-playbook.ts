// When a playbook fails its schema, keeps every section and list item that passes, so the reference checks can
// still report their problems in the same run as the schema's.
import { z } from 'zod';
import type { PathSegment, PlaybookProblem } from './playbook-problem.js';
import { Playbook } from './schema.js';

/** Names other sections point at; a set that `has` everything stands for a section too broken to tell. */
export interface KnownNames {
  teams: ReadonlySet<string>;
  people: ReadonlySet<string>;
  tiers: ReadonlySet<string>;
  triggers: ReadonlySet<string>;
  risks: ReadonlySet<string>;
  priorities: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
}

class AnyName extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** Every name passes: used for a section whose names cannot be read. */
export const anyName: ReadonlySet<string> = new AnyName();

/** Whether a set is `anyName`. */
export const isAnyName = (names: ReadonlySet<string>): boolean => names instanceof AnyName;

export interface SalvagedPlaybook {
  playbook: Playbook;
  known: Partial<KnownNames>;
  /**
   * Puts the list indices of a problem found in the salvaged playbook back to where the items are in the YAML;
   * undefined for a problem inside a section that only stands in for one the schema faulted.
   */
  restore(problem: PlaybookProblem): PlaybookProblem | undefined;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function idsIn(value: unknown): ReadonlySet<string> {
  if (!Array.isArray(value)) {
    return anyName;
  }
  return new Set(
    value.map((item) => asRecord(item)?.id).filter((id): id is string => typeof id === 'string'),
  );
}

function namesIn(value: unknown): ReadonlySet<string> {
  return Array.isArray(value) ? new Set(value.filter((name) => typeof name === 'string')) : anyName;
}

// What a required section that failed stands in as: nothing to check in it, nothing it names is known.
const standIns: Record<string, unknown> = {
  handoff: 1,
  name: '',
  teams: [],
  tiers: [],
  triggers: [],
  risk: { levels: {}, default: '' },
  priorities: { levels: [], default: '' },
  default_route: { team: '' },
};

/** The parts of `data` that pass the schema, section by section and, in lists, item by item. */
export function salvagePlaybook(data: unknown): SalvagedPlaybook {
  const raw = asRecord(data) ?? {};
  const salvaged: Record<string, unknown> = {};
  const failed = new Set<string>();
  const positions = new Map<string, number[]>();
  const standingIn = new Set<string>();
  for (const [key, schema] of Object.entries(Playbook.shape as Record<string, z.ZodType>)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) {
      if (parsed.data !== undefined) {
        salvaged[key] = parsed.data;
      }
      continue;
    }
    failed.add(key);
    const inner = unwrap(schema);
    const items = raw[key];
    if (inner instanceof z.ZodArray && Array.isArray(items)) {
      const kept: unknown[] = [];
      const at: number[] = [];
      items.forEach((item, index) => {
        const one = (inner.element as z.ZodType).safeParse(item);
        if (one.success) {
          kept.push(one.data);
          at.push(index);
        }
      });
      salvaged[key] = kept;
      positions.set(key, at);
    } else if (key in standIns) {
      salvaged[key] = standIns[key];
      standingIn.add(key);
    }
  }

  const known: Partial<KnownNames> = {};
  const section = (key: string) => (failed.has(key) ? raw[key] : undefined);
  if (failed.has('teams')) {
    known.teams = idsIn(section('teams'));
  }
  if (failed.has('people')) {
    known.people = idsIn(section('people'));
  }
  if (failed.has('tiers')) {
    known.tiers = idsIn(section('tiers'));
  }
  if (failed.has('triggers')) {
    known.triggers = idsIn(section('triggers'));
  }
  if (failed.has('risk')) {
    const levels = asRecord(asRecord(raw.risk)?.levels);
    known.risks = levels === undefined ? anyName : new Set(Object.keys(levels));
  }
  if (failed.has('priorities')) {
    known.priorities = namesIn(asRecord(raw.priorities)?.levels);
  }
  if (failed.has('workflow')) {
    known.statuses = anyName;
  }

  const restore = (problem: PlaybookProblem): PlaybookProblem | undefined => {
    const [head, index, ...rest] = problem.path;
    if (typeof head === 'string' && standingIn.has(head)) {
      return undefined;
    }
    const at = typeof head === 'string' ? positions.get(head) : undefined;
    if (at === undefined || typeof index !== 'number') {
      return problem;
    }
    const path: PathSegment[] = [head as string, at[index] ?? index, ...rest];
    return { ...problem, path };
  };
  return { playbook: salvaged as unknown as Playbook, known, restore };
}

/** Whether one path lies inside the other (or they are the same). */
export function overlaps(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    if (a[index] !== b[index]) {
      return false;
    }
  }
  return true;
}
