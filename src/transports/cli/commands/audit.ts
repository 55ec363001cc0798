// `handoff audit FILE --source servicenow|zendesk|events`: the baseline, flow and bottlenecks of a helpdesk's
// history, streamed from its export; a progress bar on a terminal; unreadable rows listed on stderr by line.
import { closeSync, createReadStream, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { Option } from 'commander';
import type { AuditReport } from '../../../core/audit/audit-report.js';
import { drillCaseOf } from '../../../core/audit/drill-case.js';
import { formatAuditMarkdown, formatAuditTable } from '../../../core/audit/format-audit.js';
import { formatAuditHtml } from '../../../core/audit/format-audit-html.js';
import type { BusinessCalendar } from '../../../core/sla/business-calendar.js';
import { compileSla } from '../../../core/sla/compile-sla.js';
import { HandoffError } from '../../../errors.js';
import { runAsOperator } from '../../../services/admin/admin-tasks.js';
import { auditHistory } from '../../../services/audit/audit-history.js';
import { saveAudit } from '../../../services/audit/save-audit.js';
import { loadPlaybook } from '../../../services/playbooks/load-playbook-file.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

interface AuditOptions {
  source: string;
  map: string[];
  dateFormat?: string;
  timezone: string;
  done?: string;
  format?: 'csv' | 'jsonl';
  calendar?: string;
  playbook?: string;
  json?: boolean;
  markdown?: boolean;
  html?: string;
  save?: string;
  exportCases?: string;
}

/** `[#####.....] 45%` on one line of the terminal, redrawn when the share moves. */
function progressBar(total: number): { update(bytes: number): void; end(): void } {
  const width = 30;
  let shown = -1;
  return {
    update(bytes) {
      const share = total === 0 ? 1 : Math.min(1, bytes / total);
      const percent = Math.floor(share * 100);
      if (percent !== shown) {
        shown = percent;
        const filled = Math.round(share * width);
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%`);
      }
    },
    end: () => process.stderr.write('\n'),
  };
}

/** The file's size; a missing or unreadable file is the user's to fix. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch (error) {
    throw new HandoffError('not_found', `${file}: no such file`, { path: 'file', cause: error });
  }
}

function calendarsOf(options: AuditOptions): ReadonlyMap<string, BusinessCalendar> {
  if (options.calendar === undefined) {
    return new Map();
  }
  if (options.playbook === undefined) {
    throw new HandoffError('bad_request', '--calendar needs --playbook FILE: the playbook that defines it', {
      path: 'playbook',
    });
  }
  const { sla } = loadPlaybook(options.playbook);
  return sla === undefined ? new Map() : compileSla(sla).calendars;
}

/** Writes JSON Lines in batches: one system call per thousand cases. */
function caseWriter(file: string) {
  const fd = openSync(file, 'w');
  let batch: string[] = [];
  const flush = () => {
    if (batch.length > 0) {
      writeSync(fd, `${batch.join('\n')}\n`);
      batch = [];
    }
  };
  return {
    write(line: string) {
      batch.push(line);
      if (batch.length >= 1000) {
        flush();
      }
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

function output(report: AuditReport, options: AuditOptions): string {
  if (options.html !== undefined) {
    writeFileSync(options.html, formatAuditHtml(report));
    return `wrote the report to ${options.html}\n`;
  }
  if (options.json === true) {
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  return options.markdown === true ? formatAuditMarkdown(report) : formatAuditTable(report);
}

export const auditCommand: CliCommand = {
  name: 'audit',
  register(program) {
    program
      .command('audit')
      .description(
        "audit a helpdesk's history (CSV or JSON Lines): baseline metrics, flow between statuses and groups, " +
          'bottlenecks; --save NAME keeps it as a baseline in DATABASE_URL',
      )
      .argument('<file>', 'the export, or - for standard input')
      .addOption(
        new Option('-s, --source <source>', 'what wrote the file')
          .choices(['servicenow', 'zendesk', 'events'])
          .makeOptionMandatory(),
      )
      .option('--map <column=field...>', 'read COLUMN as FIELD (case_id, timestamp, status, group, …)', [])
      .option('--date-format <format>', 'how dates are written (luxon tokens), e.g. "dd-MM-yyyy HH:mm"')
      .option('--timezone <zone>', 'IANA zone of dates written without one', 'UTC')
      .option('--done <statuses>', 'statuses that mean finished, comma-separated (default: per source)')
      .addOption(
        new Option('--format <format>', 'csv or jsonl (default: told by the first character)').choices([
          'csv',
          'jsonl',
        ]),
      )
      .option('--calendar <id>', 'business time in this calendar of --playbook')
      .option('-p, --playbook <file>', 'the playbook that defines --calendar')
      .addOption(new Option('--json', 'print the report as JSON').conflicts(['markdown', 'html']))
      .addOption(
        new Option('--markdown', 'print the report as Markdown (flows as Mermaid)').conflicts(['html']),
      )
      .option('--html <file>', 'write the report as a self-contained HTML page')
      .option('--save <name>', 'keep the audit as a baseline under this name (DATABASE_URL)')
      .option('--export-cases <file>', 'write each case as a drill case (JSON Lines) for handoff drill')
      .action(async (file: string, options: AuditOptions) => {
        try {
          const input = {
            source: options.source,
            map: options.map,
            timezone: options.timezone,
            ...(options.dateFormat === undefined ? {} : { date_format: options.dateFormat }),
            ...(options.done === undefined ? {} : { done: options.done.split(',').map((s) => s.trim()) }),
            ...(options.format === undefined ? {} : { format: options.format }),
            ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
            ...(options.save === undefined ? {} : { save: options.save }),
          };
          const calendars = calendarsOf(options);
          const size = file === '-' ? 0 : sizeOf(file);
          const bar = process.stderr.isTTY === true && file !== '-' ? progressBar(size) : null;
          const log = file === '-' ? process.stdin : createReadStream(file);
          const cases = options.exportCases === undefined ? null : caseWriter(options.exportCases);
          let report: AuditReport;
          try {
            report = await auditHistory({
              input,
              log,
              calendars,
              hooks: {
                ...(bar === null ? {} : { onBytes: (bytes: number) => bar.update(bytes) }),
                ...(cases === null
                  ? {}
                  : { onCase: (closed) => cases.write(JSON.stringify(drillCaseOf(closed))) }),
              },
            });
          } finally {
            bar?.end();
            cases?.close();
          }
          process.stdout.write(output(report, options));
          const source = file === '-' ? '<stdin>' : file;
          for (const row of report.input.unreadableRows) {
            process.stderr.write(`${source}:${row.line}: ${row.message}\n`);
          }
          if (report.input.unreadable > report.input.unreadableRows.length) {
            process.stderr.write(
              `… and ${report.input.unreadable - report.input.unreadableRows.length} more\n`,
            );
          }
          if (options.save !== undefined) {
            const name = options.save;
            const saved = await runAsOperator(process.env.DATABASE_URL, (ctx) =>
              saveAudit({ ctx, input: { name, report } }),
            );
            process.stderr.write(`saved as baseline "${saved.name}" (${saved.cases} cases)\n`);
          }
        } catch (error) {
          process.exitCode = reportError(error);
        }
      });
  },
};
