// Picks the person who will own an escalation, by the team's assignment strategy. Pure: state comes in.
import { isWithinHours, type WeeklyHours } from './working-hours.js';

export type AssignmentStrategy = 'round_robin' | 'least_loaded' | 'skills' | 'manual';

/** A person as assignment sees them right now. */
export interface Candidate {
  id: string;
  teams: readonly string[];
  skills: readonly string[];
  tier: string | undefined;
  capacity: number | undefined;
  timezone: string | undefined;
  hours: WeeklyHours | undefined;
  available: boolean;
  openCount: number;
}

/** How a person's tier meets the work's: `at_or_above` lets a person take work at their tier or any lower one. */
export type TierMatch = 'at_or_above' | 'exact';

/**
 * Whether a person at `personTier` may take work at `workTier`, tiers ranked by `tierOrder` (lowest first).
 * Untiered people take work at any tier, and untiered work goes to anyone.
 */
export function canWorkAtTier(
  personTier: string | null | undefined,
  workTier: string | null,
  tierOrder: readonly string[],
  match: TierMatch = 'at_or_above',
): boolean {
  if (workTier === null || personTier === null || personTier === undefined || personTier === workTier) {
    return true;
  }
  const person = tierOrder.indexOf(personTier);
  const work = tierOrder.indexOf(workTier);
  return match === 'at_or_above' && person >= 0 && work >= 0 && person > work;
}

export interface AssignmentRequest {
  strategy: AssignmentStrategy;
  team: string;
  tier: string | null;
  /** The playbook's tiers, lowest first; without it a person takes work at their own tier only. */
  tierOrder?: readonly string[] | undefined;
  tierMatch?: TierMatch | undefined;
  skills: readonly string[];
  /** In playbook order. */
  candidates: readonly Candidate[];
  /** The person the team's round robin picked last. */
  lastAssigned: string | null;
  now: number;
}

export interface AssignmentChoice {
  personId: string | null;
  why: string;
}

const load = (candidate: Candidate): number =>
  candidate.capacity === undefined || candidate.capacity === 0
    ? candidate.openCount / 1_000
    : candidate.openCount / candidate.capacity;

/** Who may take new work now: in the team, at a tier that takes it (or untiered), available, at work, with free capacity. */
export function eligibleCandidates(
  request: Omit<AssignmentRequest, 'strategy' | 'lastAssigned' | 'skills'>,
): Candidate[] {
  const tierOrder = request.tierOrder ?? [];
  const tierMatch = request.tierOrder === undefined ? 'exact' : (request.tierMatch ?? 'at_or_above');
  return request.candidates.filter(
    (candidate) =>
      candidate.teams.includes(request.team) &&
      canWorkAtTier(candidate.tier, request.tier, tierOrder, tierMatch) &&
      candidate.available &&
      (candidate.capacity === undefined || candidate.openCount < candidate.capacity) &&
      isWithinHours(candidate.hours, candidate.timezone, request.now),
  );
}

function leastLoaded(candidates: readonly Candidate[]): Candidate | undefined {
  // Stable: ties go to the earlier person in playbook order.
  return candidates.reduce<Candidate | undefined>(
    (best, candidate) => (best === undefined || load(candidate) < load(best) ? candidate : best),
    undefined,
  );
}

/** Chooses an assignee, or none (the team keeps ownership until someone frees up). */
export function chooseAssignee(request: AssignmentRequest): AssignmentChoice {
  if (request.strategy === 'manual') {
    return { personId: null, why: `team ${request.team} assigns by hand` };
  }
  const eligible = eligibleCandidates(request);
  if (eligible.length === 0) {
    const atTier = eligibleCandidates({
      ...request,
      candidates: request.candidates.map((candidate) => ({
        ...candidate,
        available: true,
        capacity: undefined,
        hours: undefined,
      })),
    });
    return {
      personId: null,
      why:
        atTier.length === 0 && request.tier !== null
          ? `nobody in team ${request.team} works at tier ${request.tier}${request.tierMatch === 'exact' || request.tierOrder === undefined ? '' : ' or above'}`
          : `nobody in team ${request.team} is available with free capacity`,
    };
  }
  if (request.strategy === 'round_robin') {
    const order = request.candidates.map((candidate) => candidate.id);
    const after = request.lastAssigned === null ? -1 : order.indexOf(request.lastAssigned);
    const next = eligible.find((candidate) => order.indexOf(candidate.id) > after) ?? eligible[0];
    return { personId: next?.id ?? null, why: 'round robin' };
  }
  if (request.strategy === 'skills' && request.skills.length > 0) {
    const wanted = new Set(request.skills.map((skill) => skill.toLowerCase()));
    const score = (candidate: Candidate) =>
      candidate.skills.filter((skill) => wanted.has(skill.toLowerCase())).length;
    const best = Math.max(...eligible.map(score));
    const chosen = leastLoaded(eligible.filter((candidate) => score(candidate) === best));
    return {
      personId: chosen?.id ?? null,
      why: `best skill match (${best} of ${wanted.size}), then least loaded`,
    };
  }
  const chosen = leastLoaded(eligible);
  return { personId: chosen?.id ?? null, why: 'least loaded' };
}
