// `handoff incidents list|show|open|link|unlink|phase|update|handover|resolve`: incidents on the database in
// DATABASE_URL (default ./handoff.db), as the operator; each prints the incident (JSON) or a table.
import type { Command } from 'commander';
import type { Context } from '../../../context.js';
import { runAsOperator } from '../../../services/admin/admin-tasks.js';
import { changeIncidentPhase } from '../../../services/incidents/change-incident-phase.js';
import { getIncident } from '../../../services/incidents/get-incident.js';
import { handOverIncident } from '../../../services/incidents/hand-over-incident.js';
import { linkIncidentEscalation } from '../../../services/incidents/link-incident-escalation.js';
import { listIncidents } from '../../../services/incidents/list-incidents.js';
import { openIncident } from '../../../services/incidents/open-incident.js';
import { postIncidentUpdate } from '../../../services/incidents/post-incident-update.js';
import { resolveIncident } from '../../../services/incidents/resolve-incident.js';
import { unlinkIncidentEscalation } from '../../../services/incidents/unlink-incident-escalation.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

function action<A extends unknown[]>(run: (ctx: Context, ...args: A) => Promise<unknown>) {
  return async (...args: A) => {
    try {
      const result = await runAsOperator(process.env.DATABASE_URL, (ctx) => run(ctx, ...args));
      const text = typeof result === 'string' ? result : JSON.stringify(result, null, 2);
      process.stdout.write(`${text}\n`);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

type Listed = Awaited<ReturnType<typeof listIncidents>>['incidents'][number];

function table(items: readonly Listed[]): string {
  if (items.length === 0) {
    return 'no incidents';
  }
  const rows = items.map((item) => [
    item.id,
    item.status,
    item.severity,
    item.phase,
    item.owner ?? '-',
    String(item.escalationCount),
    item.nextUpdateAt ?? '-',
    item.title,
  ]);
  const head = ['ID', 'STATUS', 'SEVERITY', 'PHASE', 'OWNER', 'ESCALATIONS', 'NEXT UPDATE', 'TITLE'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [head, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const incidentsCommand: CliCommand = {
  name: 'incidents',
  register(program: Command) {
    const incidents = program
      .command('incidents')
      .description('incidents: open, link escalations, change phase, hand over, resolve, in DATABASE_URL');
    incidents
      .command('list')
      .description('incidents, newest first')
      .option('--status <status>', 'open or resolved')
      .option('--limit <n>', 'how many (default 50, at most 500)')
      .option('--json', 'JSON instead of a table')
      .action(
        action(async (ctx, options: { status?: string; limit?: string; json?: boolean }) => {
          const { json, ...filters } = options;
          const page = await listIncidents({ ctx, input: filters });
          return json === true ? page : table(page.incidents);
        }),
      );
    incidents
      .command('show')
      .description('one incident with its escalations and timeline (JSON)')
      .argument('<id>')
      .action(action((ctx, id: string) => getIncident({ ctx, id })));
    incidents
      .command('open')
      .description('open an incident')
      .argument('<title>')
      .option('--severity <id>', 'a severity of the playbook (default: from the thresholds)')
      .option('--summary <text>', 'the situation summary')
      .option('--escalation <id...>', 'escalations to link from the start')
      .action(
        action(
          (ctx, title: string, options: { severity?: string; summary?: string; escalation?: string[] }) =>
            openIncident({
              ctx,
              input: {
                title,
                ...(options.severity === undefined ? {} : { severity: options.severity }),
                ...(options.summary === undefined ? {} : { summary: options.summary }),
                escalations: options.escalation ?? [],
              },
            }),
        ),
      );
    incidents
      .command('link')
      .description('link an escalation to an incident')
      .argument('<id>')
      .argument('<escalation>')
      .action(
        action((ctx, id: string, escalation: string) =>
          linkIncidentEscalation({ ctx, id, input: { escalation } }),
        ),
      );
    incidents
      .command('unlink')
      .description('unlink an escalation from an incident')
      .argument('<id>')
      .argument('<escalation>')
      .action(
        action((ctx, id: string, escalation: string) => unlinkIncidentEscalation({ ctx, id, escalation })),
      );
    incidents
      .command('phase')
      .description(
        "move to a phase (detected, investigating, identified, monitoring); the phase's message is sent",
      )
      .argument('<id>')
      .argument('<phase>')
      .option('--note <text>', 'what the message says as {{note}}')
      .action(
        action((ctx, id: string, phase: string, options: { note?: string }) =>
          changeIncidentPhase({
            ctx,
            id,
            input: { phase, ...(options.note === undefined ? {} : { note: options.note }) },
          }),
        ),
      );
    incidents
      .command('update')
      .description('post a status update to the key contacts')
      .argument('<id>')
      .argument('<note>')
      .action(action((ctx, id: string, note: string) => postIncidentUpdate({ ctx, id, input: { note } })));
    incidents
      .command('handover')
      .description('write the hand-over note of the period that ended')
      .argument('<id>')
      .argument('<note>')
      .action(action((ctx, id: string, note: string) => handOverIncident({ ctx, id, input: { note } })));
    incidents
      .command('resolve')
      .description("resolve; the playbook's on_resolve rule applies to the linked escalations")
      .argument('<id>')
      .option('--note <text>', 'what the resolved message says as {{note}}')
      .action(
        action((ctx, id: string, options: { note?: string }) =>
          resolveIncident({ ctx, id, input: options.note === undefined ? {} : { note: options.note } }),
        ),
      );
  },
};
