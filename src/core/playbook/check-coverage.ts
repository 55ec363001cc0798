// Routes nobody could ever take, and the teams' leads and fallbacks: an escalation must always have someone to go to.
import { canWorkAtTier } from '../routing/choose-assignee.js';
import { listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';
import type { Playbook, RouteTarget } from './schema.js';

/**
 * Every route (`routes`, `default_route`, a trigger's `route`) whose team has nobody at its tier or above (at
 * exactly its tier with `tier_match: exact`), and the names a team's `lead` and `fallback` use. A playbook that
 * lists no people only decides, so its routes are not checked for people.
 */
export function checkCoverage(playbook: Playbook): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const people = playbook.people ?? [];
  const personIds = new Set(people.map((person) => person.id));
  const rotations = new Set((playbook.oncall?.rotations ?? []).map((rotation) => rotation.id));
  const tierOrder = playbook.tiers.map((tier) => tier.id);
  const teams = new Map(playbook.teams.map((team) => [team.id, team]));
  const teamsKnown = people.every((person) => person.teams.every((team) => teams.has(team)));

  const covered = (path: readonly PathSegment[], route: RouteTarget) => {
    const team = teams.get(route.team);
    const tier = route.tier ?? null;
    // Unknown teams and tiers (of routes or people) are the reference check's to report; people at an unknown tier
    // are given the benefit of the doubt, so one mistake is reported once.
    if (
      team === undefined ||
      people.length === 0 ||
      !teamsKnown ||
      (tier !== null && !tierOrder.includes(tier))
    ) {
      return;
    }
    const members = people.filter((person) => person.teams.includes(route.team));
    const mayTake = (personTier: string | undefined) =>
      (personTier !== undefined && !tierOrder.includes(personTier)) ||
      canWorkAtTier(personTier, tier, tierOrder, team.tier_match);
    if (members.some((person) => mayTake(person.tier))) {
      return;
    }
    const exact = team.tier_match === 'exact';
    problems.push({
      path: [...path, tier === null ? 'team' : 'tier'],
      message:
        members.length === 0
          ? `nobody could ever take this: team ${quote(route.team)} has no people`
          : `nobody could ever take this: nobody in team ${quote(route.team)} works at tier ${quote(tier)}${exact ? '' : ' or above'} (its people: ${listNames(members.map((person) => `${person.id} ${person.tier ?? 'untiered'}`))})`,
    });
  };
  playbook.routes?.forEach((route, index) => covered(['routes', index], route));
  covered(['default_route'], playbook.default_route);
  playbook.triggers.forEach((trigger, index) => {
    if (trigger.route !== undefined) {
      covered(['triggers', index, 'route'], trigger.route);
    }
  });

  playbook.teams.forEach((team, index) => {
    if (team.lead !== undefined && !personIds.has(team.lead)) {
      problems.push({
        path: ['teams', index, 'lead'],
        message: `${quote(team.lead)} is not a person (${listNames([...personIds]) || 'none defined'})`,
      });
    }
    team.fallback?.to.forEach((target, at) => {
      const path = ['teams', index, 'fallback', 'to', at];
      const [kind, id = ''] = target.split(/:(.*)/s);
      if (target === 'lead' && team.lead === undefined) {
        problems.push({ path, message: `team ${quote(team.id)} names no lead: give "lead"` });
      } else if (kind === 'person' && !personIds.has(id)) {
        problems.push({
          path,
          message: `${quote(id)} is not a person (${listNames([...personIds]) || 'none defined'})`,
        });
      } else if (kind === 'rotation' && !rotations.has(id)) {
        problems.push({
          path,
          message: `${quote(id)} is not a rotation (${listNames([...rotations]) || 'none defined'})`,
        });
      }
    });
  });
  return problems;
}
