// `handoff drill --playbook FILE [--against active|FILE] [FILE|-]`: how a playbook version would have decided past
// cases, and how it differs from another version; a progress bar on a terminal.
import { readFileSync, statSync } from 'node:fs';
import type { DrillThread } from '../../../services/drills/drill-in-thread.js';
import { Option } from 'commander';
import { countLineBreaks } from '../../../core/drills/case-byte-ranges.js';
import type { DrillFormat } from '../../../core/drills/format-drill.js';
import { formatDrill } from '../../../core/drills/format-drill.js';
import { runDrill } from '../../../core/drills/run-drill.js';
import { HandoffError } from '../../../errors.js';
import { drillInWorkers, startDrillWorkers } from '../../../services/drills/drill-in-workers.js';
import { isJsonLinesForWorkers, MIN_CASES_FOR_WORKERS } from '../../../services/drills/drill-input.js';
import {
  type DrillSource,
  drillVersionOf,
  loadStoredDrillSource,
} from '../../../services/drills/drill-version.js';
import { readCaseBytes, takeCaseBytesAhead } from '../../../services/drills/drill-input-ahead.js';
import { markDrill } from '../../../services/drills/drill-timeline.js';
import { defaultDrillThreads } from '../../../services/drills/drill-worker-start.js';
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import { templateText } from '../../../services/playbooks/templates.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';
import { readCasesFromBytes } from '../read-cases.js';

interface DrillOptions {
  playbook?: string;
  template?: string;
  against?: string;
  format: DrillFormat;
  threads?: string;
}

function chosenVersion(options: DrillOptions): DrillSource {
  if (options.playbook !== undefined) {
    return { yaml: readTextFile(options.playbook), source: options.playbook, version: null };
  }
  if (options.template !== undefined) {
    return { yaml: templateText(options.template), source: `template:${options.template}`, version: null };
  }
  throw new HandoffError('bad_request', 'give the playbook to drill: --playbook FILE or --template NAME', {
    path: 'playbook',
  });
}

async function againstVersion(against: string | undefined): Promise<DrillSource | null> {
  if (against === undefined) {
    return null;
  }
  if (against === 'active' || /^\d+$/.test(against)) {
    const version = against === 'active' ? 'active' : Number(against);
    // Loaded only here: the database modules take longer to load than a drill of thousands of cases.
    const { runAsOperator } = await import('../../../services/admin/admin-tasks.js');
    return runAsOperator(process.env.DATABASE_URL, (ctx) => loadStoredDrillSource({ ctx, version }));
  }
  return { yaml: readTextFile(against), source: against, version: null };
}

/**
 * The case file's bytes (read ahead when the process started, else now, while the playbooks compile); a missing or
 * unreadable file fails as any file the CLI reads.
 */
async function readCaseFile(file: string): Promise<Buffer> {
  try {
    return await (takeCaseBytesAhead(file) ?? readCaseBytes(file));
  } catch {
    // The same error, named as for any file the CLI reads.
    return Buffer.from(readTextFile(file));
  }
}

/** A file at least this large is likely drilled on workers: they are started before it is read. */
const EARLY_WORKERS_BYTES = 256 * 1024;

/** Workers started at once when the file looks big enough for them (none for standard input, which is read first). */
function earlyWorkers(file: string, threads: number): DrillThread[] | undefined {
  if (threads <= 1 || file === '-') {
    return undefined;
  }
  try {
    return statSync(file).size >= EARLY_WORKERS_BYTES ? startDrillWorkers(threads) : undefined;
  } catch {
    return undefined;
  }
}

function threadsOf(option: string | undefined): number {
  if (option === undefined) {
    return defaultDrillThreads();
  }
  const threads = Number(option);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
    throw new HandoffError('bad_request', '--threads takes a whole number from 1 to 64', { path: 'threads' });
  }
  return threads;
}

/** `[#####.....] 45,000 / 100,000` on one line of the terminal, redrawn in place. */
function progressBar(total: number): (done: number) => void {
  const width = 30;
  return (done) => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')}` +
        (done >= total ? '\n' : ''),
    );
  };
}

export const drillCommand: CliCommand = {
  name: 'drill',
  register(program) {
    program
      .command('drill')
      .description(
        'decide past cases (JSON Lines, each optionally with "outcome") with a playbook and summarise; ' +
          '--against to diff two versions; exit 1 if any case could not be decided',
      )
      .argument('[file]', 'past cases, or - for standard input', '-')
      .addOption(new Option('-p, --playbook <file>', 'the playbook YAML to drill').conflicts('template'))
      .addOption(new Option('-t, --template <name>', 'a built-in template to drill').conflicts('playbook'))
      .option(
        '--against <active|version|file>',
        'compare with the active version (DATABASE_URL), a stored version, or a file',
      )
      .addOption(
        new Option('--format <format>', 'output').choices(['table', 'markdown', 'json']).default('table'),
      )
      .option(
        '--threads <n>',
        `worker threads for ${MIN_CASES_FOR_WORKERS.toLocaleString('en')} cases or more (default: one per core); the report is the same`,
      )
      .action(async (file: string, options: DrillOptions) => {
        markDrill('modules loaded');
        let workers: DrillThread[] | undefined;
        try {
          const threads = threadsOf(options.threads);
          // Loading the workers' modules overlaps compiling the playbooks and reading the cases.
          workers = earlyWorkers(file, threads);
          // A file is read while the playbooks compile (a bad playbook is still reported before a bad file);
          // standard input only once they have compiled, so a bad playbook is reported without waiting for it.
          const reading = file === '-' ? undefined : readCaseFile(file);
          reading?.catch(() => undefined);
          const source = chosenVersion(options);
          const againstSource = await againstVersion(options.against);
          // Compiled here first, so a bad playbook is reported the same whichever thread decides.
          const version = drillVersionOf(source.yaml, source.source, source.version);
          const against =
            againstSource === null
              ? null
              : drillVersionOf(againstSource.yaml, againstSource.source, againstSource.version);
          markDrill('playbooks compiled');
          const bytes = reading === undefined ? readFileSync(0) : await reading;
          markDrill('cases read');
          const progress = (total: number) =>
            process.stderr.isTTY === true ? { onProgress: progressBar(total), progressEvery: 1_000 } : {};
          let report;
          const forWorkers = threads > 1 && isJsonLinesForWorkers(bytes);
          markDrill('input checked');
          if (forWorkers) {
            // The bar counts lines without decoding them: blank lines, if any, leave it short of the end.
            const lines =
              process.stderr.isTTY === true ? countLineBreaks(bytes) + (bytes.at(-1) === 0x0a ? 0 : 1) : 0;
            report = await drillInWorkers({
              bytes,
              version,
              against,
              now: Date.now(),
              threads,
              ...(workers === undefined ? {} : { workers }),
              ...progress(lines),
            });
            if (process.stderr.isTTY === true && report.summary.cases < lines) {
              process.stderr.write('\n');
            }
          } else {
            workers?.forEach((worker) => void worker.terminate());
            workers = undefined;
            const inputs = readCasesFromBytes(bytes);
            if (inputs.length === 0) {
              throw new HandoffError(
                'bad_request',
                `${file === '-' ? 'standard input' : file} holds no cases`,
                {
                  path: 'file',
                },
              );
            }
            report = runDrill(version, inputs, { now: Date.now(), against, ...progress(inputs.length) });
          }
          const shown = formatDrill(report, options.format);
          markDrill('formatted');
          process.stdout.write(`${shown}\n`);
          if (report.failures.count > 0) {
            const source = file === '-' ? '<stdin>' : file;
            for (const failure of report.failures.first) {
              process.stderr.write(`${source}:${failure.line}: ${failure.message}\n`);
            }
            if (report.failures.count > report.failures.first.length) {
              process.stderr.write(`… and ${report.failures.count - report.failures.first.length} more\n`);
            }
            process.exitCode = 1;
          }
        } catch (error) {
          workers?.forEach((worker) => void worker.terminate());
          process.exitCode = reportError(error, options.playbook);
        }
      });
  },
};
