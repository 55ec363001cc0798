// Answers whom a ladder target names right now, from the playbook: rotations, team members, the next tier's people.
import type { LadderResolver } from '../../core/oncall/ladder-plan.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { nextTier } from '../../core/playbook-runtime/next-tier.js';

export function makeLadderResolver(
  runtime: PlaybookRuntime,
  escalation: { team: string; tier: string | null },
): LadderResolver {
  const members = (team: string, tier?: string) =>
    [...runtime.people.values()]
      .filter(
        (person) =>
          person.teams.includes(team) &&
          (tier === undefined || person.tier === undefined || person.tier === tier),
      )
      .map((person) => person.id);
  return {
    rotation: (id, at) => runtime.rotations.get(id)?.onCallAt(at) ?? null,
    team: (id) => members(id),
    nextTier: () => {
      const next = nextTier(runtime, escalation.tier);
      return next === undefined ? [] : members(escalation.team, next);
    },
  };
}
