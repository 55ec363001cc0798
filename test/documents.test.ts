// Documents generated from every built-in template, in both languages: every trigger, team, level, stage and
// person appears; the formats are well formed; a change to the playbook changes the document.
import { describe, expect, it } from 'vitest';
import { type DocumentLocale, documentKinds, documentLocales } from '../src/core/documents/document.js';
import { buildDocument, writeDocument } from '../src/core/documents/playbook-document.js';
import { wordsFor } from '../src/core/documents/words.js';
import { escalationMatrix } from '../src/core/playbook/escalation-matrix.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import type { Playbook } from '../src/core/playbook/schema.js';
import { defaultWorkflow } from '../src/core/playbook/default-workflow.js';
import { listTemplates, loadTemplate, templateText } from '../src/services/playbooks/templates.js';

/** Reads CSV written by renderCsv back into rows (quotes, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

/**
 * The matrix document against escalationMatrix: a grid row per trigger the matrix places, each cell naming the teams
 * (and routes) the matrix puts the trigger at in that level's row, its action and priority; each level's people are
 * that tier's owners.
 */
function expectDocumentIsTheMatrix(playbook: Playbook, locale: DocumentLocale): void {
  const matrix = escalationMatrix(playbook);
  const words = wordsFor(locale);
  const teamName = (id: string) => playbook.teams.find((team) => team.id === id)?.name ?? id;
  const [header = [], ...rows] = readCsv(writeDocument(playbook, { kind: 'matrix', format: 'csv', locale }));
  const columns = matrix.tiers.filter((tier) => tier.id !== null || tier.triggers.length > 0);
  expect(header.slice(4)).toHaveLength(columns.length);
  const placed = matrix.tiers.flatMap((tier) => tier.triggers);
  expect(rows.map((row) => row[0]).sort()).toEqual([...new Set(placed.map((trigger) => trigger.id))].sort());
  for (const row of rows) {
    const trigger = placed.find((candidate) => candidate.id === row[0]);
    expect(row[2]).toBe(trigger?.action === 'require_approval' ? words.approval : words.escalate);
    expect(row[3]).toBe(trigger?.priority ?? playbook.priorities.default);
    columns.forEach((tier, index) => {
      const here = tier.triggers.filter((candidate) => candidate.id === row[0]);
      const text = ({ team, via, route }: (typeof here)[number]) =>
        via === 'default'
          ? words.viaDefault(teamName(team))
          : route === undefined
            ? teamName(team)
            : `${teamName(team)} (${route})`;
      expect(row[4 + index]).toBe(here.map(text).join('; '));
    });
  }
  const levels = buildDocument(playbook, 'matrix', locale).blocks.find((block) => block.kind === 'table');
  const people = levels?.kind === 'table' ? levels.table.rows.map((row) => row.at(-1)) : [];
  const tiers = matrix.tiers.filter((tier) => tier.id !== null);
  expect(people).toEqual(
    tiers.map(
      (tier) =>
        tier.owners.map((owner) => `${owner.name} (${owner.teams.map(teamName).join(', ')})`).join('; ') ||
        words.none,
    ),
  );
}

for (const { name } of listTemplates()) {
  describe(`template ${name}`, () => {
    const playbook = loadTemplate(name);
    const triggers = playbook.triggers.filter((trigger) => trigger.enabled !== false);

    for (const locale of documentLocales) {
      it(`${locale}: the matrix names every trigger, team and level; its CSV is the grid`, () => {
        const text = writeDocument(playbook, { kind: 'matrix', format: 'md', locale });
        for (const trigger of triggers) {
          expect(text).toContain(`| ${trigger.id} |`);
        }
        for (const team of playbook.teams) {
          expect(text).toContain(team.name);
        }
        for (const tier of playbook.tiers) {
          expect(text).toContain(`${tier.id} (${tier.name})`);
        }
        const rows = readCsv(writeDocument(playbook, { kind: 'matrix', format: 'csv', locale }));
        expect(rows).toHaveLength(triggers.length + 1);
        expect(rows.slice(1).map((row) => row[0])).toEqual(triggers.map((trigger) => trigger.id));
        for (const row of rows) {
          expect(row).toHaveLength(rows[0]?.length ?? 0);
        }
        // Every trigger lands on some team at some level.
        for (const row of rows.slice(1)) {
          expect(row.slice(4).join('')).not.toBe('');
        }
      });

      it(`${locale}: the matrix document writes escalationMatrix: the same triggers, levels, teams and people`, () => {
        expectDocumentIsTheMatrix(playbook, locale);
      });

      it(`${locale}: the RACI chart has a row per workflow stage and every party by name`, () => {
        const rows = readCsv(writeDocument(playbook, { kind: 'raci', format: 'csv', locale }));
        const statuses = (playbook.workflow ?? defaultWorkflow).statuses;
        expect(rows.length - 1).toBeGreaterThanOrEqual(statuses.length);
        for (const status of statuses) {
          expect(rows.some((row) => row[0]?.includes(status.id))).toBe(true);
        }
        const text = writeDocument(playbook, { kind: 'raci', format: 'md', locale });
        for (const stage of playbook.raci ?? []) {
          for (const party of [...(stage.responsible ?? []), ...(stage.accountable ?? [])]) {
            const [kind, id = ''] = party.split(':');
            if (kind === 'team') {
              expect(text).toContain(playbook.teams.find((team) => team.id === id)?.name);
            }
            if (kind === 'person') {
              expect(text).toContain(playbook.people?.find((person) => person.id === id)?.name);
            }
          }
        }
      });

      it(`${locale}: the SOP says every trigger, route, level and SLA policy in sentences`, () => {
        const text = writeDocument(playbook, { kind: 'sop', format: 'md', locale });
        for (const trigger of playbook.triggers) {
          expect(text).toContain(`- ${trigger.id}: `);
        }
        for (const route of playbook.routes ?? []) {
          expect(text).toContain(playbook.teams.find((team) => team.id === route.team)?.name);
        }
        for (const tier of playbook.tiers) {
          expect(text).toContain(`- ${tier.id} (${tier.name})`);
        }
        for (const policy of playbook.sla?.policies ?? []) {
          expect(text).toContain(`- ${policy.id} (`);
        }
        for (const automation of playbook.automations ?? []) {
          if (automation.enabled) {
            expect(text).toContain(`- ${automation.id}: `);
          }
        }
      });

      it(`${locale}: the communications plan lists every person with their channels`, () => {
        const rows = readCsv(writeDocument(playbook, { kind: 'comms-plan', format: 'csv', locale }));
        expect(rows.slice(1).map((row) => row[0])).toEqual(
          (playbook.people ?? []).map((person) => person.name),
        );
        for (const person of playbook.people ?? []) {
          const row = rows.find((candidate) => candidate[0] === person.name);
          if (person.email !== undefined) {
            expect(row?.[2]).toContain(person.email);
          }
        }
      });
    }

    it('Turkish and English documents differ in their own words, not in the playbook facts', () => {
      for (const kind of documentKinds) {
        const en = buildDocument(playbook, kind, 'en');
        const tr = buildDocument(playbook, kind, 'tr');
        expect(tr.title).not.toBe(en.title);
        expect(tr.blocks.map((block) => block.kind)).toEqual(en.blocks.map((block) => block.kind));
        expect(tr.csv.rows.length).toBe(en.csv.rows.length);
      }
    });
  });
}

describe('the matrix document is escalationMatrix written out', () => {
  // Two routes name legal-keyword, the first for VIP customers only: either can be the one that matches. Sam has no
  // tier, so works at every level where legal does.
  const playbook = parsePlaybook(
    templateText('customer-support')
      .replace(
        '  - id: legal\n    when: { trigger: [legal-keyword] }\n',
        '  - id: legal-vip\n    when: { trigger: [legal-keyword], customer_tier: [vip] }\n    team: legal\n    tier: L3\n$&',
      )
      .replace('people:\n', 'people:\n  - { id: sam, name: Sam Reed, teams: [legal] }\n'),
  );

  it('a trigger two routes name stands at both tiers, in the matrix and in the grid', () => {
    const matrix = escalationMatrix(playbook);
    expect(
      matrix.tiers.flatMap((tier) =>
        tier.triggers
          .filter((trigger) => trigger.id === 'legal-keyword')
          .map(({ route }) => [tier.id, route]),
      ),
    ).toEqual([
      ['L2', 'legal'],
      ['L3', 'legal-vip'],
    ]);
    const rows = readCsv(writeDocument(playbook, { kind: 'matrix', format: 'csv', locale: 'en' }));
    expect(rows.find((row) => row[0] === 'legal-keyword')?.slice(4)).toEqual([
      '',
      'Legal and Compliance (legal)',
      'Legal and Compliance (legal-vip)',
    ]);
  });

  it('someone with no tier is among the people of each level their team works at', () => {
    const text = writeDocument(playbook, { kind: 'matrix', format: 'md', locale: 'en' });
    const levels = text.split('\n').filter((line) => /^\| L\d /.test(line));
    expect(levels.map((line) => line.includes('Sam Reed (Legal and Compliance)'))).toEqual([
      false,
      true,
      true,
    ]);
  });

  for (const locale of documentLocales) {
    it(`${locale}: the document agrees with the matrix`, () => {
      expectDocumentIsTheMatrix(playbook, locale);
    });
  }
});

describe('formats', () => {
  const yaml = templateText('customer-support');
  const hostile = yaml.replace(
    'description: Legal words; legal owns these and answers fast.',
    'description: "Legal <script>alert(1)</script> | pipes, \\"quotes\\" and =SUM(A1)"',
  );
  const playbook = parsePlaybook(hostile);

  it('HTML is one self-contained page that escapes the playbook text and prints well', () => {
    const html = writeDocument(playbook, { kind: 'matrix', format: 'html', locale: 'tr' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="tr">/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Legal &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/(src|href)=/);
    expect(html).toContain('<title>Eskalasyon matrisi</title>');
  });

  it('Markdown escapes pipes inside cells so the table keeps its columns', () => {
    const markdown = writeDocument(playbook, { kind: 'matrix', format: 'md', locale: 'en' });
    const line = markdown.split('\n').find((candidate) => candidate.startsWith('| legal-keyword |')) ?? '';
    expect(line).toContain('\\| pipes');
    const header = markdown.split('\n').find((candidate) => candidate.startsWith('| Trigger |')) ?? '';
    const cells = (text: string) => text.replace(/\\\|/g, '').split('|').length;
    expect(cells(line)).toBe(cells(header));
  });

  it('CSV quotes commas and quotes, and writes formula-like cells as text', () => {
    const csv = writeDocument(playbook, { kind: 'matrix', format: 'csv', locale: 'en' });
    expect(csv.startsWith('\uFEFFTrigger,When,Action,')).toBe(true);
    const rows = readCsv(csv);
    const legal = rows.find((row) => row[0] === 'legal-keyword');
    expect(legal?.[1]).toContain('"quotes" and =SUM(A1)');
  });

  it('priority rules on case fields are said in words: the ITSM impact x urgency grid', () => {
    const itsm = loadTemplate('it-service-management');
    const en = writeDocument(itsm, { kind: 'sop', format: 'md', locale: 'en' });
    expect(en).toContain('- When case: fields.impact is high and fields.urgency is low: at least p3.');
    expect(en).toContain('- When case: fields.impact is missing: at least p3.');
    const tr = writeDocument(itsm, { kind: 'sop', format: 'md', locale: 'tr' });
    expect(tr).toContain('- vaka: fields.impact high ise ve fields.urgency low ise: en az p3.');
  });

  it('a change to the playbook changes the documents', () => {
    const before = writeDocument(playbook, { kind: 'sop', format: 'md', locale: 'en' });
    const changed = parsePlaybook(
      yaml.replace(
        'triggers:\n',
        'triggers:\n  - id: outage-flag\n    description: Status page says the platform is down.\n    kind: flag\n    flags: [outage]\n    route: { team: technical, tier: L3 }\n',
      ),
    );
    const after = writeDocument(changed, { kind: 'sop', format: 'md', locale: 'en' });
    expect(before).not.toContain('outage-flag');
    expect(after).toContain(
      '- outage-flag: Status page says the platform is down. Handoff acts when the case carries the flag outage. It will escalate, routed to Technical Support · L3 (Experts and management).',
    );
    const matrix = readCsv(writeDocument(changed, { kind: 'matrix', format: 'csv', locale: 'en' }));
    const row = matrix.find((candidate) => candidate[0] === 'outage-flag') ?? [];
    expect(row.slice(4)).toEqual(['', '', 'Technical Support']);
  });
});

describe('incidents in the documents', () => {
  const yaml = `${templateText('customer-support')}
oncall:
  rotations:
    - { id: tech-shift, name: Technical shift, team: technical, people: [deniz, james], period: daily, timezone: Europe/Istanbul, start: '2026-01-05' }
integrations:
  email:
    - { id: mail, from: "Handoff <handoff@example.com>" }
incidents:
  severities:
    - id: sev1
      name: Critical
      critical: true
      when: { priorities: [urgent], escalations: 10, within: 30m }
    - id: sev2
      name: Major
      when: { triggers: [legal-keyword] }
  roles:
    - id: commander
      name: Incident commander
      duties: Leads the response and decides.
      filled_by: [rotation:tech-shift, lead:technical]
    - id: comms
      name: Communications lead
      filled_by: [person:olivia]
  periods: { length: 12h, rotation: tech-shift, handover_note_within: 30m }
  communications:
    contacts:
      - id: execs
        name: Executives
        channel: cto@example.com
        expectations: A short summary at each phase; no jargon.
        phases: [detected, resolved]
        severities: [sev1]
    cadence:
      sev1: { every: 30m, remind_before: 5m }
    messages:
      detected:
        en: "{{title}}: we are on it."
        tr: "{{title}}: ilgileniyoruz."
  on_resolve: { escalations: hand_back }
`;
  const playbook = parsePlaybook(yaml);

  it('the communications plan has severities with thresholds and cadence, roles, periods, contacts and messages', () => {
    const text = writeDocument(playbook, { kind: 'comms-plan', format: 'md', locale: 'en' });
    expect(text).toContain(
      '| sev1 | Critical | yes | priority urgent; 10 or more escalations within 30m | 30m | 5m |',
    );
    expect(text).toContain('| sev2 | Major | no | raised by legal-keyword | — | — |');
    expect(text).toContain(
      '| Incident commander | Leads the response and decides. | whoever is on call in Technical shift → the lead of Technical Support (James Carter) |',
    );
    expect(text).toContain('operational periods of 12h');
    expect(text).toContain(
      '| Executives | cto@example.com | en | A short summary at each phase; no jargon. | detected, resolved | sev1 | yes |',
    );
    expect(text).toContain('| detected | {{title}}: we are on it. |');
    expect(text).toContain('| monitoring | no message set |');
    expect(text).toContain('hands every linked escalation still open back to the AI');
  });

  it('in Turkish the phase messages are the Turkish ones, and the SOP has an incidents section', () => {
    const comms = writeDocument(playbook, { kind: 'comms-plan', format: 'md', locale: 'tr' });
    expect(comms).toContain('| tespit edildi | {{title}}: ilgileniyoruz. |');
    const sop = writeDocument(playbook, { kind: 'sop', format: 'md', locale: 'tr' });
    expect(sop).toContain('## 10. Olaylar');
    expect(sop).toContain(
      '- sev1 (Critical) olayı: öncelik urgent; 30m içinde 10 veya daha fazla eskalasyon; her 30m bir durum güncellemesi gerekir.',
    );
    const english = writeDocument(playbook, { kind: 'sop', format: 'md', locale: 'en' });
    expect(english).toContain('- Executives hears through cto@example.com at: detected, resolved.');
  });

  it('a playbook without incidents has no incidents section', () => {
    const text = writeDocument(loadTemplate('customer-support'), {
      kind: 'comms-plan',
      format: 'md',
      locale: 'en',
    });
    expect(text).not.toContain('Incidents');
  });
});
