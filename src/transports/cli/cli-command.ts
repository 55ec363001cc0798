// What a CLI command is: something that adds itself to the program.
import type { Command } from 'commander';

/** One `handoff` subcommand; `register` adds it (arguments, options, action) to the program. */
export interface CliCommand {
  name: string;
  register(program: Command): void;
}
