// The names people read for a playbook's ids: teams, people, tiers, RACI parties, ladder and fallback targets.
import type { Playbook, RouteTarget } from '../playbook/schema.js';
import type { DocumentLocale } from './document.js';

export interface PlaybookNames {
  team(id: string): string;
  person(id: string): string;
  tier(id: string | undefined): string;
  /** "team:billing", "person:ayse", "role:assignee", "rotation:ops", "tier:next", "lead". */
  party(reference: string): string;
  target(target: RouteTarget): string;
}

export function playbookNames(playbook: Playbook, locale: DocumentLocale): PlaybookNames {
  const tr = locale === 'tr';
  const teams = new Map(playbook.teams.map((team) => [team.id, team.name]));
  const people = new Map((playbook.people ?? []).map((person) => [person.id, person.name]));
  const tiers = new Map(playbook.tiers.map((tier) => [tier.id, tier.name]));
  const rotations = new Map(
    (playbook.oncall?.rotations ?? []).map((rotation) => [rotation.id, rotation.name ?? rotation.id]),
  );
  const team = (id: string) => teams.get(id) ?? id;
  const person = (id: string) => people.get(id) ?? id;
  const tier = (id: string | undefined) =>
    id === undefined ? (tr ? 'herhangi bir seviye' : 'any level') : `${id} (${tiers.get(id) ?? id})`;
  const roles: Record<string, [string, string]> = {
    assignee: ['the assignee', 'atanan kişi'],
    team: ["the routed team's people", 'yönlendirilen ekip'],
    lead: ["the team's lead", 'ekip lideri'],
  };
  function party(reference: string): string {
    const colon = reference.indexOf(':');
    const kind = colon < 0 ? reference : reference.slice(0, colon);
    const id = colon < 0 ? '' : reference.slice(colon + 1);
    switch (kind) {
      case 'team':
        return tr ? `${team(id)} ekibi` : `${team(id)} team`;
      case 'person':
        return person(id);
      case 'rotation':
        return tr
          ? `${rotations.get(id) ?? id} nöbetçisi`
          : `whoever is on call in ${rotations.get(id) ?? id}`;
      case 'role': {
        const words = roles[id];
        return words === undefined ? id : words[tr ? 1 : 0];
      }
      case 'lead':
        return roles.lead?.[tr ? 1 : 0] ?? reference;
      case 'tier':
        return tr ? 'bir sonraki seviyenin kişileri' : "the next tier's people";
      default:
        return reference;
    }
  }
  const target = (route: RouteTarget) => {
    const skills =
      route.skills === undefined
        ? ''
        : tr
          ? ` (beceriler: ${route.skills.join(', ')})`
          : ` (skills: ${route.skills.join(', ')})`;
    return `${team(route.team)} · ${tier(route.tier)}${skills}`;
  };
  return { team, person, tier, party, target };
}
