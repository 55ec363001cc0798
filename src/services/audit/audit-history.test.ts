// Audits of small hand-made logs, every figure worked out by hand in the comments: the events source (CSV and
// JSON Lines), ServiceNow and Zendesk exports, and the input refused before a row is read.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { AuditReport } from '../../core/audit/audit-report.js';
import type { ClosedCase } from '../../core/audit/close-case.js';
import { drillCaseOf } from '../../core/audit/drill-case.js';
import { compileCalendar } from '../../core/sla/business-calendar.js';
import { isHandoffError } from '../../errors.js';
import { auditHistory } from './audit-history.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

const run = (input: Record<string, unknown>, text: string, onCase?: (closed: ClosedCase) => void) =>
  auditHistory({
    input,
    log: Readable.from([text]),
    calendars: new Map([
      [
        'office',
        compileCalendar({
          id: 'office',
          timezone: 'UTC',
          hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, ['09:00-17:00']])),
        }),
      ],
    ]),
    ...(onCase === undefined ? {} : { hooks: { onCase } }),
  });

async function refusal(input: Record<string, unknown>, text: string) {
  try {
    await run(input, text);
  } catch (error) {
    if (isHandoffError(error)) {
      return { code: error.code, path: error.path, message: error.message };
    }
    throw error;
  }
  throw new Error('not refused');
}

// Four cases on Monday 2 and Tuesday 3 March 2026 (UTC). Case A is written day-first ("02/03/2026 09:30"),
// the rest in ISO 8601: two date formats in one file.
//   A: New 09:00 → In Progress 09:30 (ana) → Resolved 11:00. SLA met. Resolved in 2 h; first contact.
//   B: New 09:00 (L1) → In Progress 10:00 (bo) → 12:00 moved to L2 and cem (a group and a person change)
//      → Resolved 15:00. SLA missed. Resolved in 6 h; reassigned.
//   C: rows out of order. New 10:00 → In Progress 11:00 (ana) → Resolved 14:00 → reopened (In Progress)
//      Tue 09:00 → Resolved Tue 10:00. Resolved in 24 h; reopened once.
//   D: New Tue 08:00 (written twice: a duplicate) → Waiting 09:00 (cem); still open at the log's end,
//      Tue 10:00 (C's last row).
// Line 17 has a date that is no date, line 18 a field too few: both reported, neither stops the audit.
const eventsCsv = [
  'case_id,timestamp,status,group,assignee,priority,channel,made_sla',
  'A,02/03/2026 09:00,New,L1,,P2,email,',
  'A,02/03/2026 09:30,In Progress,L1,ana,P2,email,',
  'A,02/03/2026 11:00,Resolved,L1,ana,P2,email,true',
  'B,2026-03-02T09:00:00Z,New,L1,,P1,phone,',
  'B,2026-03-02T10:00:00Z,In Progress,L1,bo,P1,phone,',
  'B,2026-03-02T12:00:00Z,In Progress,L2,cem,P1,phone,',
  'B,2026-03-02T15:00:00Z,Resolved,L2,cem,P1,phone,false',
  'C,2026-03-02T14:00:00Z,Resolved,L1,ana,P3,chat,',
  'C,2026-03-02T10:00:00Z,New,L1,,P3,chat,',
  'C,2026-03-03T09:00:00Z,In Progress,L1,ana,P3,chat,',
  'C,2026-03-02T11:00:00Z,In Progress,L1,ana,P3,chat,',
  'C,2026-03-03T10:00:00Z,Resolved,L1,ana,P3,chat,',
  'D,2026-03-03T08:00:00Z,New,L2,,P2,email,',
  'D,2026-03-03T08:00:00Z,New,L2,,P2,email,',
  'D,2026-03-03T09:00:00Z,Waiting,L2,cem,P2,email,',
  'E,yesterday,New,L1,,P1,email,',
  'E,2026-03-03T09:00:00Z,New,L1',
  '',
].join('\n');

function expectHandMadeFigures(report: AuditReport) {
  // 17 rows after the header; the duplicate is dropped (14 events kept of 15 readable rows), 2 unreadable.
  expect(report.input).toMatchObject({ rows: 17, events: 14, duplicates: 1, unreadable: 2 });
  expect(report.span).toEqual({ from: '2026-03-02T09:00:00.000Z', to: '2026-03-03T10:00:00.000Z' });
  const h = report.headline;
  expect(h).toMatchObject({ cases: 4, resolved: 3, open: 1 });
  // Resolution times 2 h, 6 h, 24 h: median (2nd of 3) 6 h, p90 (3rd) 24 h, mean 32/3 h.
  expect(h.timeToResolution).toMatchObject({ median: 6 * HOUR, p90: 24 * HOUR, mean: 38_400_000, count: 3 });
  // Only A was resolved with no reassignment and no reopening: 1 of 3.
  expect(h.firstContactResolution).toEqual({ rate: 0.3333, count: 3 });
  // B reassigned, C reopened: 1 of 4 each. SLA: A met, B missed.
  expect(h.reassignmentRate).toBe(0.25);
  expect(h.reopenRate).toBe(0.25);
  expect(h.sla).toEqual({ met: 1, breached: 1, rate: 0.5 });
  expect(h.timeToFirstResponse.count).toBe(0);
  // Dwell: New A 30m, B 60m, C 60m, D 60m; In Progress A 90m, B 300m, C 180m + 60m; Resolved (before C's
  // reopening) 19 h; Waiting D 60m up to the log's end. Sorted by total.
  expect(report.bottlenecks.byStatus).toEqual([
    { status: 'Resolved', median: 1140 * MIN, p90: 1140 * MIN, total: 1140 * MIN, count: 1 },
    { status: 'In Progress', median: 240 * MIN, p90: 300 * MIN, total: 630 * MIN, count: 3 },
    { status: 'New', median: 60 * MIN, p90: 60 * MIN, total: 210 * MIN, count: 4 },
    { status: 'Waiting', median: 60 * MIN, p90: 60 * MIN, total: 60 * MIN, count: 1 },
  ]);
  // Groups: L1 A 2h, B 3h, C 24h; L2 B 3h, D 2h (open: up to the end).
  expect(report.bottlenecks.byGroup).toEqual([
    { group: 'L1', median: 180 * MIN, p90: 1440 * MIN, total: 1740 * MIN, count: 3 },
    { group: 'L2', median: 120 * MIN, p90: 180 * MIN, total: 300 * MIN, count: 2 },
  ]);
  expect(report.bottlenecks.waitsLongest).toEqual({
    statuses: ['Resolved', 'In Progress', 'New'],
    group: 'L1',
  });
  // Moves: New → In Progress by A (30m), B (60m), C (60m); In Progress → Resolved by A 90m, B 300m, C 180m
  // and 60m (median, 2nd of 4: 90m); C's reopening after 19 h; D New → Waiting after 60m.
  expect(report.flow.statuses.edges).toEqual([
    { from: 'In Progress', to: 'Resolved', count: 4, median: 90 * MIN },
    { from: 'New', to: 'In Progress', count: 3, median: 60 * MIN },
    { from: 'New', to: 'Waiting', count: 1, median: 60 * MIN },
    { from: 'Resolved', to: 'In Progress', count: 1, median: 1140 * MIN },
  ]);
  expect(report.flow.statuses.nodes).toEqual([
    { name: 'New', cases: 4, entries: 4, endedHere: 0 },
    { name: 'In Progress', cases: 3, entries: 0, endedHere: 0 },
    { name: 'Resolved', cases: 3, entries: 0, endedHere: 3 },
    { name: 'Waiting', cases: 1, entries: 0, endedHere: 1 },
  ]);
  expect(report.flow.groups.edges).toEqual([{ from: 'L1', to: 'L2', count: 1, median: 180 * MIN }]);
  // By priority: P2 is A (resolved in 2 h, first contact) and D (open).
  expect(report.byPriority.find((item) => item.key === 'P2')).toMatchObject({
    cases: 2,
    resolved: 1,
    timeToResolution: { median: 2 * HOUR },
    firstContactResolution: { rate: 1, count: 1 },
    sla: { met: 1, breached: 0, rate: 1 },
  });
  expect(report.byGroup.map((item) => [item.key, item.cases])).toEqual([
    ['L1', 2],
    ['L2', 2],
  ]);
  expect(report.byChannel.map((item) => [item.key, item.cases])).toEqual([
    ['email', 2],
    ['chat', 1],
    ['phone', 1],
  ]);
}

describe('the events source', () => {
  test('a hand-made CSV log: every figure as worked out by hand', async () => {
    const report = await run({ source: 'events' }, eventsCsv);
    expectHandMadeFigures(report);
    expect(report.input.unreadableRows).toEqual([
      { line: 17, message: expect.stringContaining('timestamp "yesterday" is not a date') },
      { line: 18, message: 'has 4 fields; the header has 8' },
    ]);
  });

  test('the same log as JSON Lines, with columns named by --map, gives the same figures', async () => {
    const [header = '', ...lines] = eventsCsv.trim().split('\n');
    const names = header
      .split(',')
      .map((name) => (name === 'case_id' ? 'ticket' : name === 'status' ? 'stage' : name));
    const jsonl = lines
      .map((line, index) => {
        if (index === 16) {
          return '{"ticket": "E", "timestamp": ';
        }
        const values = line.split(',');
        return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, values[i] ?? ''])));
      })
      .join('\n');
    const report = await run({ source: 'events', map: ['ticket=case_id', 'stage=status'] }, jsonl);
    expectHandMadeFigures(report);
    expect(report.input.unreadableRows.map((row) => row.line)).toEqual([16, 17]);
  });

  test('business time in a calendar: C resolved in 8 working hours (Mon 10–17, Tue 9–10)', async () => {
    const report = await run({ source: 'events', calendar: 'office' }, eventsCsv);
    // A 2 h and B 6 h lie inside working hours; median 6 h, p90 8 h, mean 16/3 h.
    expect(report.headline.timeToResolution).toMatchObject({
      businessMedian: 6 * HOUR,
      businessP90: 8 * HOUR,
      businessMean: 19_200_000,
    });
    expect(report.calendar).toBe('office');
  });

  test('each case exported in the shape handoff drill reads', async () => {
    const cases: Array<Record<string, unknown>> = [];
    await run({ source: 'events' }, eventsCsv, (closed) => cases.push(drillCaseOf(closed)));
    expect(cases.map((item) => [item.id, item.outcome ?? null])).toEqual([
      ['A', 'resolved'],
      ['B', 'resolved'],
      ['C', 'reopened'],
      ['D', null],
    ]);
    expect(cases[0]).toMatchObject({
      channel: 'email',
      conversation: [{ role: 'customer', text: '', at: '2026-03-02T09:00:00.000Z' }],
      fields: { priority: 'P2', group: 'L1', status: 'Resolved' },
    });
  });
});

// An incident event log as ServiceNow writes it: one row per update, `?` for empty, day-first dates.
//   INC1: New 01:30 → Active 02:00 (Res 1) → Resolved 05:16 (resolved_at) → Closed 5 March. Opened 01:16:
//         resolved in 4 h, first contact, SLA made.
//   INC2: New and Active at the same minute, told apart by sys_mod_count (the Active row comes first in the
//         file) and moved from Group 2 to Group 3 (reassignment_count 1) → Awaiting User Info 13:00, still
//         open when the log ends (5 March 06:00). SLA missed.
const serviceNowCsv = [
  'number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,opened_at,sys_updated_at,contact_type,category,priority,assignment_group,assigned_to,resolved_at,closed_at,short_description',
  'INC1,New,true,0,0,0,true,29/2/2016 01:16,29/2/2016 01:30,Phone,Network,2 - High,Group 1,?,?,?,VPN down',
  'INC1,Active,true,0,0,1,true,29/2/2016 01:16,29/2/2016 02:00,Phone,Network,2 - High,Group 1,Res 1,?,?,VPN down',
  'INC1,Resolved,true,0,0,2,true,29/2/2016 01:16,29/2/2016 05:16,Phone,Network,2 - High,Group 1,Res 1,29/2/2016 05:16,?,VPN down',
  'INC1,Closed,false,0,0,3,true,29/2/2016 01:16,5/3/2016 06:00,Phone,Network,2 - High,Group 1,Res 1,29/2/2016 05:16,5/3/2016 06:00,VPN down',
  'INC2,Active,true,1,0,1,false,1/3/2016 09:00,1/3/2016 09:00,Email,Software,3 - Moderate,Group 3,?,?,?,App crash',
  'INC2,New,true,0,0,0,false,1/3/2016 09:00,1/3/2016 09:00,Email,Software,3 - Moderate,Group 2,?,?,?,App crash',
  'INC2,Awaiting User Info,true,1,0,2,false,1/3/2016 09:00,1/3/2016 13:00,Email,Software,3 - Moderate,Group 3,Res 2,?,?,App crash',
].join('\n');

describe('the servicenow source', () => {
  test('an incident event log: ? is empty, sys_mod_count orders rows of one instant', async () => {
    const report = await run({ source: 'servicenow' }, serviceNowCsv);
    expect(report.input).toMatchObject({ rows: 7, events: 7, duplicates: 0, unreadable: 0 });
    const h = report.headline;
    expect(h).toMatchObject({ cases: 2, resolved: 1, open: 1 });
    expect(h.timeToResolution).toMatchObject({ median: 4 * HOUR, count: 1 });
    expect(h.firstContactResolution).toEqual({ rate: 1, count: 1 });
    expect(h.reassignmentRate).toBe(0.5);
    expect(h.reopenRate).toBe(0);
    expect(h.sla).toEqual({ met: 1, breached: 1, rate: 0.5 });
    // INC2 waits in Awaiting User Info from 1 March 13:00 to the log's end, 5 March 06:00: 89 h.
    expect(report.bottlenecks.byStatus.find((item) => item.status === 'Awaiting User Info')).toMatchObject({
      total: 89 * HOUR,
    });
    expect(report.flow.statuses.edges).toContainEqual({ from: 'New', to: 'Active', count: 2, median: 0 });
    expect(report.flow.groups.edges).toEqual([{ from: 'Group 2', to: 'Group 3', count: 1, median: 0 }]);
    expect(report.byChannel.map((item) => item.key)).toEqual(['Email', 'Phone']);
    expect(report.byPriority.map((item) => item.key)).toEqual(['2 - High', '3 - Moderate']);
  });

  test('raw state codes and a given --date-format', async () => {
    const csv = [
      'number,incident_state,sys_updated_on,opened_at,resolved_at',
      'INC9,1,01-03-2016 09:00,01-03-2016 09:00,',
      'INC9,6,01-03-2016 10:30,01-03-2016 09:00,01-03-2016 10:30',
    ].join('\n');
    const report = await run(
      { source: 'servicenow', date_format: 'dd-MM-yyyy HH:mm', timezone: 'Europe/Istanbul' },
      csv,
    );
    expect(report.flow.statuses.edges).toEqual([{ from: 'New', to: 'Resolved', count: 1, median: 90 * MIN }]);
    expect(report.headline.timeToResolution.median).toBe(90 * MIN);
    // 09:00 in Istanbul (UTC+2 in 2016) is 07:00 UTC.
    expect(report.span.from).toBe('2016-03-01T07:00:00.000Z');
  });
});

// Zendesk through its API (JSON Lines): ticket 101 with its metric_set, ticket 102 with a separate ticket
// metric and two audits.
//   101: created 09:00, solved 12:00 (3 h), first reply after 30 min (30 business), one group and assignee
//        station, no reopening: first contact.
//   102: created 10:00; audits: new in group 7, at 10:30 open and moved to group 8; the ticket row says open
//        at 11:00. Metric: first reply after 90 min (60 business), reopened once, two group stations. Open
//        at the log's end, 12:00.
const zendeskJsonl = [
  '{"id":101,"status":"solved","priority":"high","group_id":7,"assignee_id":900,"via":{"channel":"email"},"created_at":"2026-03-02T09:00:00Z","updated_at":"2026-03-02T12:00:00Z","subject":"Refund please","metric_set":{"reopens":0,"group_stations":1,"assignee_stations":1,"reply_time_in_minutes":{"calendar":30,"business":30},"solved_at":"2026-03-02T12:00:00Z"}}',
  '{"id":102,"status":"open","priority":"normal","group_id":8,"assignee_id":901,"via":{"channel":"web"},"created_at":"2026-03-02T10:00:00Z","updated_at":"2026-03-02T11:00:00Z"}',
  '{"ticket_id":102,"reopens":1,"group_stations":2,"assignee_stations":1,"reply_time_in_minutes":{"calendar":90,"business":60},"solved_at":null,"created_at":"2026-03-02T10:00:00Z"}',
  '{"ticket_id":102,"created_at":"2026-03-02T10:00:00Z","events":[{"type":"Create","field_name":"status","value":"new"},{"type":"Create","field_name":"group_id","value":"7"}]}',
  '{"ticket_id":102,"created_at":"2026-03-02T10:30:00Z","events":[{"type":"Change","field_name":"status","value":"open","previous_value":"new"},{"type":"Change","field_name":"group_id","value":"8","previous_value":"7"},{"type":"Comment","public":true,"body":"On it"}]}',
].join('\n');

describe('the zendesk source', () => {
  test('tickets, ticket metrics and audits from the API', async () => {
    const report = await run({ source: 'zendesk' }, zendeskJsonl);
    const h = report.headline;
    expect(h).toMatchObject({ cases: 2, resolved: 1, open: 1 });
    // First replies 30 and 90 min: median 30, p90 90, mean 60; business 30 and 60: mean 45.
    expect(h.timeToFirstResponse).toEqual({
      median: 30 * MIN,
      p90: 90 * MIN,
      mean: 60 * MIN,
      count: 2,
      businessMedian: 30 * MIN,
      businessP90: 60 * MIN,
      businessMean: 45 * MIN,
    });
    expect(h.timeToResolution).toMatchObject({ median: 3 * HOUR, count: 1 });
    expect(h.firstContactResolution).toEqual({ rate: 1, count: 1 });
    expect(h.reassignmentRate).toBe(0.5);
    expect(h.reopenRate).toBe(0.5);
    expect(h.sla).toBeNull();
    expect(report.flow.statuses.edges).toEqual([{ from: 'new', to: 'open', count: 1, median: 30 * MIN }]);
    // 102 sits open from 10:30 to 12:00; in group 7 for 30 min, in group 8 for 90.
    expect(report.bottlenecks.byStatus).toEqual([
      { status: 'open', median: 90 * MIN, p90: 90 * MIN, total: 90 * MIN, count: 1 },
      { status: 'new', median: 30 * MIN, p90: 30 * MIN, total: 30 * MIN, count: 1 },
    ]);
    expect(report.flow.groups.edges).toEqual([{ from: '7', to: '8', count: 1, median: 30 * MIN }]);
    expect(report.byChannel.map((item) => item.key).sort()).toEqual(['email', 'web']);
  });

  test("a ticket export as CSV, with Zendesk's column labels", async () => {
    const csv = [
      'Id,Status,Priority,Group,Assignee,Via,Created at,Updated at,Solved at,Reopens,Group stations,Assignee stations,First reply time in minutes,First reply time in minutes within business hours',
      '5,Closed,Urgent,Billing,Ana,Mail,2026-03-02 09:00,2026-03-02 17:00,2026-03-02 15:00,0,2,1,45,45',
    ].join('\n');
    const report = await run({ source: 'zendesk' }, csv);
    expect(report.headline).toMatchObject({ cases: 1, resolved: 1 });
    expect(report.headline.timeToResolution.median).toBe(6 * HOUR);
    expect(report.headline.timeToFirstResponse.median).toBe(45 * MIN);
    // Two group stations: reassigned once, so not first-contact.
    expect(report.headline.firstContactResolution).toEqual({ rate: 0, count: 1 });
  });
});

describe('bad input is refused before a row is read', () => {
  test.each([
    [{ source: 'jira' }, eventsCsv, 'source'],
    [{ source: 'events', map: ['ticket'] }, eventsCsv, 'map'],
    [{ source: 'events', map: ['case_id=ticket_number'] }, eventsCsv, 'map'],
    [{ source: 'events', map: ['nope=status'] }, eventsCsv, 'map'],
    [{ source: 'events' }, 'ticket,when,status\n1,2026-03-02T09:00:00Z,New\n', 'map'],
    [{ source: 'events', date_format: 'HH:mm' }, eventsCsv, 'date_format'],
    [{ source: 'events', timezone: 'Mars/Olympus' }, eventsCsv, 'timezone'],
    [{ source: 'events', calendar: 'night' }, eventsCsv, 'calendar'],
    [{ source: 'events' }, '', 'file'],
    [{ source: 'events' }, 'case_id,timestamp,status\n', 'file'],
    [{ source: 'events', save: '../etc' }, eventsCsv, 'save'],
  ])('%j', async (input, text, path) => {
    const problem = await refusal(input, text);
    expect(problem).toMatchObject({ code: 'bad_request', path });
  });
});

test.each(['csv', 'jsonl'])(
  'a %s log past the byte limit is refused with payload_too_large',
  async (format) => {
    const error = await auditHistory({
      input: { source: 'events', format },
      log: Readable.from([eventsCsv.slice(0, 100), eventsCsv.slice(100)]),
      calendars: new Map(),
      hooks: { maxBytes: 120 },
    }).catch((caught: unknown) => caught);
    expect(isHandoffError(error) && error.code).toBe('payload_too_large');
  },
);
