// The drill's arguments are read twice: before the command line is parsed (to read the case file ahead, see
// drill-input-ahead.ts) and by the command itself. The first reading must know every option that takes a value, or
// it would take that value for the case file.
import { Command } from 'commander';
import { expect, test } from 'vitest';
import { DRILL_OPTIONS_WITH_VALUE } from '../src/services/drills/drill-input-ahead.js';
import { drillCommand } from '../src/transports/cli/commands/drill.js';

test('the read-ahead knows every option of `handoff drill` that takes a value, and no other', () => {
  const program = new Command();
  drillCommand.register(program);
  const drill = program.commands.find((command) => command.name() === 'drill');
  const withValue = (drill?.options ?? [])
    .filter((option) => option.required || option.optional)
    .flatMap((option) => [option.short, option.long])
    .filter((flag): flag is string => flag !== undefined);
  expect(withValue.length).toBeGreaterThan(0);
  expect(new Set(withValue)).toEqual(new Set(DRILL_OPTIONS_WITH_VALUE));
});
