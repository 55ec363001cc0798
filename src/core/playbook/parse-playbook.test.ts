import { describe, expect, it } from 'vitest';
import type { HandoffError } from '../../errors.js';
import { positionOf, problemsOf, validYaml } from './__fixtures__/playbook-yaml.js';
import { formatPlaybookErrors } from './format-playbook-errors.js';
import { parsePlaybook } from './parse-playbook.js';

const edit = (from: string, to: string): string => {
  if (!validYaml.includes(from)) {
    throw new Error(`fixture has no "${from}"`);
  }
  return validYaml.replace(from, to);
};

describe('parsePlaybook', () => {
  it('returns the typed playbook when everything is right', () => {
    const playbook = parsePlaybook(validYaml);
    expect(playbook.name).toBe('demo');
    expect(playbook.triggers.map((trigger) => trigger.id)).toEqual(['asks-for-human', 'cancel']);
  });

  it('points an unknown key at the key itself and suggests the close one', () => {
    const yaml = edit('    priority: high', '    prioirty: high');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'triggers[0].prioirty',
        message: 'unknown key "prioirty" (did you mean "priority"?)',
        ...positionOf(yaml, 'prioirty'),
      },
    ]);
  });

  it('reports names that point nowhere beside schema errors, in one run', () => {
    const yaml = edit('name: demo\n', 'name: demo\ncolour: red\n').replace(
      '    team: billing\n',
      '    team: biling\n',
    );
    expect(problemsOf(yaml).map((problem) => problem.path)).toEqual(['colour', 'routes[0].team']);
  });

  it('a list item the schema faults is left out of the reference checks, and the others keep their index', () => {
    const yaml = edit(
      'routes:\n  - when: { trigger: [cancel] }\n    team: billing\n',
      'routes:\n  - when: { trigger: [cancel] }\n    team: 7\n  - when: { trigger: [cancle] }\n    team: billing\n',
    ).replace('  - id: billing\n    name: Billing\n', '  - id: billing\n    name: 12\n');
    expect(problemsOf(yaml).map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'teams[1].name: expected text, got 12',
      'routes[0].team: expected text, got 7',
      'routes[1].when.trigger[0]: "cancle" is not a trigger id (asks-for-human, cancel)',
    ]);
  });

  it('checks the names of SLA policies: priority, team and tier', () => {
    const yaml = `${validYaml}sla:
  policies:
    - id: urgent
      when: { priority: [urgnt], team: [suport], tier: [L9] }
      first_response: 15m
`;
    expect(problemsOf(yaml).map((problem) => problem.path)).toEqual([
      'sla.policies[0].when.priority[0]',
      'sla.policies[0].when.team[0]',
      'sla.policies[0].when.tier[0]',
    ]);
  });

  it('lists the allowed keys when no key is close', () => {
    const yaml = edit('    keywords: [cancel]', '    keywords: [cancel]\n    colour: red');
    const [problem] = problemsOf(yaml);
    expect(problem?.message).toMatch(
      /^unknown key "colour" \(allowed: kind, keywords, patterns, scope, roles, negation, id,/,
    );
    expect(problem).toMatchObject(positionOf(yaml, 'colour'));
  });

  it('says what type was expected and what was found, at the value', () => {
    const yaml = edit('low: { threshold: 0.6 }', 'low: { threshold: high }');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'risk.levels.low.threshold',
        message: 'expected a number, got "high"',
        ...positionOf(yaml, 'high }'),
      },
    ]);
  });

  it('reports a missing key at the map that should hold it', () => {
    const yaml = edit('    name: Billing\n', '');
    expect(problemsOf(yaml)).toEqual([
      { path: 'teams[1].name', message: 'is required (text)', ...positionOf(yaml, 'id: billing') },
    ]);
  });

  it('names an unknown team and lists the teams', () => {
    const yaml = edit('    team: billing', '    team: sales');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'routes[0].team',
        message: '"sales" is not a team (support, billing)',
        ...positionOf(yaml, 'sales'),
      },
    ]);
  });

  it('names an unknown trigger in a route', () => {
    const yaml = edit('{ trigger: [cancel] }', '{ trigger: [cancle] }');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'routes[0].when.trigger[0]',
        message: '"cancle" is not a trigger id (asks-for-human, cancel)',
        ...positionOf(yaml, 'cancle'),
      },
    ]);
  });

  it('formats a bad priority as file:line:col path: message', () => {
    const yaml = edit('priority: high', 'priority: hgih');
    const { line, col } = positionOf(yaml, 'hgih');
    try {
      parsePlaybook(yaml, 'playbook.yaml');
      expect.unreachable();
    } catch (error) {
      expect(formatPlaybookErrors(error, 'playbook.yaml')).toEqual([
        `playbook.yaml:${line}:${col} triggers[0].priority: "hgih" is not a priority level (low, normal, high, urgent)`,
      ]);
      expect((error as HandoffError).message).toContain('playbook.yaml is not a valid playbook (1 problem)');
    }
  });

  it('names the trigger kinds when the kind is unknown', () => {
    const yaml = edit('kind: human_request', 'kind: human');
    const [problem] = problemsOf(yaml);
    expect(problem).toMatchObject({ path: 'triggers[0].kind', ...positionOf(yaml, 'human\n', 2) });
    expect(problem?.message).toMatch(
      /^"human" is not a trigger kind; kinds: confidence, human_request, keyword,/,
    );
  });

  it('finds unknown kinds and keys inside nested conditions', () => {
    const yaml = edit(
      '    keywords: [cancel]',
      '    keywords: [cancel]\n  - id: nested\n    kind: all\n    of:\n      - kind: keywrd\n      - kind: not\n        of: { kind: flag, flags: [x], mood: bad }',
    );
    const problems = problemsOf(yaml);
    expect(problems.map((problem) => [problem.path, problem.line, problem.col])).toEqual([
      ['triggers[2].of[0].kind', ...Object.values(positionOf(yaml, 'keywrd'))],
      ['triggers[2].of[1].of.mood', ...Object.values(positionOf(yaml, 'mood'))],
    ]);
    expect(problems[0]?.message).toMatch(/^"keywrd" is not a condition kind \(did you mean "keyword"\?\)/);
  });

  it('refuses a lookahead with its place, as unsafe_pattern when nothing else is wrong', () => {
    const yaml = edit('    keywords: [cancel]', '    patterns: ["(?=.*refund).*order"]');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'triggers[1].patterns[0]',
        message: expect.stringMatching(/^"\(\?=\.\*refund\)\.\*order" uses a lookaround/),
        ...positionOf(yaml, '"(?=.*refund).*order"'),
      },
    ]);
    expect(() => parsePlaybook(yaml)).toThrow(expect.objectContaining({ code: 'unsafe_pattern' }));
  });

  it('an unsafe pattern next to another problem is reported with it as invalid_playbook', () => {
    const yaml = edit('    keywords: [cancel]', '    patterns: ["(?=a)b"]\n    priority: sky-high');
    expect(() => parsePlaybook(yaml)).toThrow(expect.objectContaining({ code: 'invalid_playbook' }));
    expect(problemsOf(yaml).map((problem) => problem.path)).toEqual([
      'triggers[1].patterns[0]',
      'triggers[1].priority',
    ]);
  });

  it('points a route test with an empty path step at the path, with its line and column', () => {
    const yaml = edit(
      '  - when: { trigger: [cancel] }\n',
      '  - when: { trigger: [cancel], where: [{ path: fields..impact, equals: high }] }\n',
    );
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'routes[0].when.where[0].path',
        message: '"fields..impact" is not valid: a dot path has no empty steps, e.g. "fields.impact"',
        ...positionOf(yaml, 'fields..impact'),
      },
    ]);
  });

  it('checks the tests of priority rules: unknown keys and unsafe patterns, each at its place', () => {
    const rules = (test: string) =>
      edit(
        '  default: normal\n',
        `  default: normal\n  rules:\n    - when: { where: [${test}] }\n      at_least: high\n`,
      );
    const unknown = rules('{ path: fields.impact, equal: high }');
    expect(problemsOf(unknown)).toEqual([
      {
        path: 'priorities.rules[0].when.where[0].equal',
        message: 'unknown key "equal" (did you mean "equals"?)',
        ...positionOf(unknown, 'equal:'),
      },
    ]);
    const unsafe = rules('{ path: fields.code, pattern: "(a)\\\\1" }');
    expect(problemsOf(unsafe)).toEqual([
      expect.objectContaining({
        path: 'priorities.rules[0].when.where[0].pattern',
        ...positionOf(unsafe, '"(a)'),
      }),
    ]);
    expect(() => parsePlaybook(unsafe)).toThrow(expect.objectContaining({ code: 'unsafe_pattern' }));
  });

  it('accepts a route and a rule on case fields', () => {
    const yaml = edit(
      '  - when: { trigger: [cancel] }\n',
      '  - when: { where: [{ path: fields.impact, in: [high, medium] }] }\n',
    );
    expect(parsePlaybook(yaml).routes?.[0]?.when.where).toEqual([
      { path: 'fields.impact', in: ['high', 'medium'] },
    ]);
  });

  it('accepts (a+)+$ and (.*a){20}: patterns run on a linear-time engine', () => {
    const yaml = edit('    keywords: [cancel]', '    patterns: ["(a+)+$", "(.*a){20}", ".*x"]');
    expect(parsePlaybook(yaml).triggers[1]).toMatchObject({ patterns: ['(a+)+$', '(.*a){20}', '.*x'] });
  });

  it('rejects a backreference deep inside a frequency condition', () => {
    const yaml = edit(
      '    keywords: [cancel]',
      '    keywords: [cancel]\n  - id: often\n    kind: frequency\n    key: customer.id\n    count: 3\n    within: 24h\n    when:\n      kind: any\n      of:\n        - kind: case\n          where: [{ path: text, pattern: "(a)\\\\1" }]',
    );
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'triggers[2].when.of[0].where[0].pattern',
        message: expect.stringContaining('uses a backreference'),
        ...positionOf(yaml, '"(a)\\\\1"'),
      },
    ]);
  });

  it('rejects backreferences and lookbehinds', () => {
    const yaml = edit('    keywords: [cancel]', '    patterns: ["(\\\\w)\\\\1", "(?<=a)b"]');
    expect(problemsOf(yaml).map((problem) => problem.message)).toEqual([
      expect.stringContaining('uses a backreference'),
      expect.stringContaining('uses a lookaround'),
    ]);
  });

  it('refuses the NUL character, even in a comment or as the escape "\\0"', () => {
    const inComment = edit('name: demo', 'name: demo # a\u0000b');
    expect(problemsOf(inComment)).toEqual([
      {
        path: '',
        message: 'text may not contain the NUL character (U+0000)',
        ...positionOf(inComment, '\u0000'),
      },
    ]);
    const escaped = edit('    name: Support', '    name: "Sup\\0port"');
    expect(problemsOf(escaped)).toEqual([
      {
        path: 'teams[0].name',
        message: 'text may not contain the NUL character (U+0000)',
        ...positionOf(escaped, '"Sup'),
      },
    ]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const yaml = edit('  levels: [low, normal, high, urgent]', '  levels: [low, normal, high, urgent');
    const problems = problemsOf(yaml);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/^YAML syntax error: /);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(positionOf(yaml, 'levels: [low').line);
  });

  it('points a duplicate key at its second occurrence', () => {
    const yaml = edit('  default: normal', '  default: normal\n  default: high');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'priorities.default',
        message: 'duplicate key "default": each key may appear once in a map',
        ...positionOf(yaml, 'default: high'),
      },
    ]);
  });

  it('reports several schema problems at once, in line order', () => {
    const yaml = edit('    name: Support', '    nmae: Support')
      .replace('low: { threshold: 0.6 }', 'low: { threshold: 6 }')
      .replace('kind: human_request', 'kind: humans');
    expect(problemsOf(yaml).map((problem) => problem.path)).toEqual([
      'teams[0].name',
      'teams[0].nmae',
      'risk.levels.low.threshold',
      'triggers[0].kind',
    ]);
  });

  it('reports several reference problems at once', () => {
    const yaml = edit('    team: billing', '    team: sales')
      .replace('priority: high', 'priority: hgih')
      .replace('    next: L2', '    next: L9')
      .replace('  default: medium', '  default: mid')
      .replace('timezone: Europe/Istanbul', 'timezone: Europe/Istambul')
      .replace('    teams: [support]', '    teams: [suport]');
    expect(problemsOf(yaml).map((problem) => `${problem.line}:${problem.col} ${problem.path}`)).toEqual([
      `${positionOf(yaml, 'suport').line}:${positionOf(yaml, 'suport').col} people[0].teams[0]`,
      `${positionOf(yaml, 'Istambul').line}:${positionOf(yaml, 'Europe/Istambul').col} people[0].timezone`,
      `${positionOf(yaml, 'L9').line}:${positionOf(yaml, 'L9').col} tiers[0].next`,
      `${positionOf(yaml, 'mid').line}:${positionOf(yaml, 'mid').col} risk.default`,
      `${positionOf(yaml, 'hgih').line}:${positionOf(yaml, 'hgih').col} triggers[0].priority`,
      `${positionOf(yaml, 'sales').line}:${positionOf(yaml, 'sales').col} routes[0].team`,
    ]);
  });

  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b]',
    ];
    expect(problemsOf(bomb.join('\n'))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('too many alias expansions') }),
    ]);
  });

  it('says an empty file is empty', () => {
    expect(problemsOf('')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the playbook is empty/), line: 1 }),
    ]);
  });
});

describe('parsePlaybook limits', () => {
  it('sums up problems beyond the first hundred in one last line', () => {
    const problems = problemsOf('['.repeat(20_000));
    expect(problems).toHaveLength(101);
    expect(problems[100]?.message).toMatch(/^… and \d+ more problems$/);
  });

  it('refuses a playbook larger than 256 KiB', () => {
    expect(problemsOf(`# ${'x'.repeat(262_143)}`)).toEqual([
      { path: '', message: 'the playbook is larger than 262,144 characters (256 KiB)', line: 1, col: 1 },
    ]);
  });

  it('refuses more than 10,000 keywords and patterns in all, at the trigger that goes past', () => {
    const list = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => `k${from + index}`).join(', ');
    const yaml = edit(
      '    keywords: [cancel]',
      `    keywords: [${list(0, 6_000)}]\n  - id: more\n    kind: keyword\n    keywords: [${list(6_000, 4_000)}]\n    patterns: ["x\\\\d"]`,
    );
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'triggers[2]',
        message:
          'takes the playbook past 10,000 keywords and patterns in all; use fewer, broader ones (a trailing * matches a prefix)',
        ...positionOf(yaml, 'id: more'),
      },
    ]);
    expect(() => parsePlaybook(yaml.replace(', k9999]', ']'))).not.toThrow();
  });
});
