// The program loads only the command it runs, and the list of commands says truly what each module registers.
import { describe, expect, it } from 'vitest';
import { buildProgram, cliCommands, commandsFor } from '../src/transports/cli/program.js';

const argv = (...args: string[]) => ['node', 'handoff', ...args];
const names = (list: readonly { name: string }[]) => list.map((command) => command.name);

describe('the CLI program', () => {
  it('needs only the command its first argument names', () => {
    expect(names(commandsFor(argv('evaluate', '--template', 'x'), cliCommands))).toEqual(['evaluate']);
    expect(names(commandsFor(argv('keys', 'create'), cliCommands))).toEqual(['keys']);
  });

  it('needs every command for help, the version, an unknown or a missing command', () => {
    for (const args of [
      [],
      ['--help'],
      ['-h'],
      ['help', 'evaluate'],
      ['--version'],
      ['evalute'],
      ['-x', 'serve'],
    ]) {
      expect(names(commandsFor(argv(...args), cliCommands))).toEqual(names(cliCommands));
    }
  });

  it('registers under each name the command of that name, and nothing else', async () => {
    expect(new Set(names(cliCommands)).size).toBe(cliCommands.length);
    for (const { name } of cliCommands) {
      const program = await buildProgram(argv(name));
      expect(program.commands.map((command) => command.name())).toEqual([name]);
    }
  });

  it('lists every command in the root help, in order', async () => {
    const program = await buildProgram(argv('--help'));
    expect(program.commands.map((command) => command.name())).toEqual(names(cliCommands));
    const help = program.helpInformation();
    for (const { name } of cliCommands) {
      expect(help).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
  });
});
