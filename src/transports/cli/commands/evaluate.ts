// `handoff evaluate [--playbook FILE | --template NAME] [FILE|-]`: decides cases, one decision per line out.
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { compilePlaybook, type Decider } from '../../../core/decide/compile-playbook.js';
import { makeMemoryCounterStore } from '../../../core/decide/counters.js';
import { validateCase } from '../../../core/decide/validate-case.js';
import { isHandoffError } from '../../../errors.js';
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import { parsePlaybook } from '../../../core/playbook/parse-playbook.js';
import { loadTemplate } from '../../../services/playbooks/templates.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';
import { readCases } from '../read-cases.js';

const DEFAULT_TEMPLATE = 'customer-support';

interface EvaluateOptions {
  playbook?: string;
  template?: string;
}

function compileChosen(options: EvaluateOptions): Decider {
  // One counter store for the whole run, so frequency triggers count across every case of the input.
  const counters = makeMemoryCounterStore();
  const playbook =
    options.playbook === undefined
      ? loadTemplate(options.template ?? DEFAULT_TEMPLATE)
      : parsePlaybook(readTextFile(options.playbook), options.playbook);
  return compilePlaybook(playbook, { counters });
}

/**
 * Decides every case of `text` and writes one decision per line; a bad case is reported as `source:line: message`
 * and the others are still decided. Returns how many cases failed.
 */
function evaluateCases(
  decider: Decider,
  text: string,
  source: string,
  now: number,
  write: (line: string) => void,
  fail: (line: string) => void,
): number {
  let failed = 0;
  for (const entry of readCases(text)) {
    if ('error' in entry) {
      fail(`${source}:${entry.line}: ${entry.error}`);
      failed += 1;
      continue;
    }
    try {
      write(JSON.stringify(decider.decide(validateCase(entry.value), now)));
    } catch (error) {
      const message = isHandoffError(error) ? `invalid case: ${error.message}` : String(error);
      fail(`${source}:${entry.line}: ${message}`);
      failed += 1;
    }
  }
  return failed;
}

export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  register(program) {
    program
      .command('evaluate')
      .description(
        'decide cases (one JSON case, a JSON array, or JSON Lines) and print one decision per line; exit 1 if any case failed',
      )
      .argument('[file]', 'cases file, or - for standard input', '-')
      .addOption(new Option('-p, --playbook <file>', 'playbook YAML file').conflicts('template'))
      .addOption(
        new Option('-t, --template <name>', `built-in template (default: ${DEFAULT_TEMPLATE})`).conflicts(
          'playbook',
        ),
      )
      .action((file: string, options: EvaluateOptions) => {
        let decider: Decider;
        try {
          decider = compileChosen(options);
        } catch (error) {
          process.exitCode = reportError(error, options.playbook);
          return;
        }
        const source = file === '-' ? '<stdin>' : file;
        let text: string;
        try {
          text = file === '-' ? readFileSync(0, 'utf8') : readTextFile(file);
        } catch (error) {
          process.exitCode = reportError(error);
          return;
        }
        // One clock reading for the run: every case of one input is decided at the same moment.
        const failed = evaluateCases(
          decider,
          text,
          source,
          Date.now(),
          (line) => process.stdout.write(`${line}\n`),
          (line) => process.stderr.write(`${line}\n`),
        );
        if (failed > 0) {
          process.exitCode = 1;
        }
      });
  },
};
