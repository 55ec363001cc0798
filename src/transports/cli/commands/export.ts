// `handoff export KIND PLAYBOOK`: the escalation matrix, RACI chart, SOP or communications plan of a playbook file.
import { readFileSync, writeFileSync } from 'node:fs';
import { Option } from 'commander';
import { documentFormats, documentKinds, documentLocales } from '../../../core/documents/document.js';
import type { DocumentFormat, DocumentKind, DocumentLocale } from '../../../core/documents/document.js';
import { writeDocument } from '../../../core/documents/playbook-document.js';
import { parsePlaybook } from '../../../core/playbook/parse-playbook.js';
import { HandoffError } from '../../../errors.js';
import { readTextFile } from '../../../services/playbooks/load-playbook-file.js';
import type { CliCommand } from '../cli-command.js';
import { reportError } from '../exit.js';

export const exportCommand: CliCommand = {
  name: 'export',
  register(program) {
    program
      .command('export')
      .description(
        'generate a document from a playbook: the escalation matrix, RACI chart, SOP or communications plan',
      )
      .argument('<kind>', documentKinds.join('|'))
      .argument('<playbook>', 'playbook YAML file, or - for standard input')
      .addOption(new Option('--format <format>', 'output format').choices(documentFormats).default('md'))
      .addOption(new Option('--locale <locale>', 'language').choices(documentLocales).default('en'))
      .option('-o, --out <file>', 'write to this file instead of standard output')
      .action(
        (
          kind: string,
          file: string,
          options: { format: DocumentFormat; locale: DocumentLocale; out?: string },
        ) => {
          const source = file === '-' ? '<stdin>' : file;
          try {
            if (!(documentKinds as readonly string[]).includes(kind)) {
              throw new HandoffError(
                'bad_request',
                `no document "${kind}"; documents: ${documentKinds.join(', ')}`,
                {
                  path: 'kind',
                },
              );
            }
            const text = file === '-' ? readFileSync(0, 'utf8') : readTextFile(file);
            const playbook = parsePlaybook(text, source);
            const output = writeDocument(playbook, {
              kind: kind as DocumentKind,
              format: options.format,
              locale: options.locale,
            });
            if (options.out === undefined) {
              process.stdout.write(output);
            } else {
              writeFileSync(options.out, output);
            }
          } catch (error) {
            process.exitCode = reportError(error, source);
          }
        },
      );
  },
};
