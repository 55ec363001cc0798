// Reads an escalation's timeline into what SLA clocks need: when it opened, when clocks halt, the replies.

export type StatusCategory = 'open' | 'paused' | 'done';

/** One fact of an escalation's timeline, as SLA clocks see it. Instants are UTC epoch ms. */
export type SlaFact =
  | { kind: 'opened'; at: number }
  | { kind: 'status'; at: number; status: string; category: StatusCategory }
  /** A public reply by a person (internal notes do not count). */
  | { kind: 'human_reply'; at: number }
  | { kind: 'customer_reply'; at: number };

/** A stretch during which every clock stands still; `to` is Infinity while it lasts. */
export interface Halt {
  from: number;
  to: number;
}

export interface SlaTimeline {
  openedAt: number;
  /** Sorted, disjoint stretches with a pausing or done status. */
  halts: readonly Halt[];
  /** What holds the clocks at `now`, if anything. */
  haltedBy: 'paused' | 'done' | null;
  /** Since when the escalation has been done, when it is done at `now`. */
  doneSince: number | null;
  /** Public human replies, in order. */
  humanReplies: readonly number[];
  /** Replies to customer messages: each starts at the first customer message after a human reply. */
  responseCycles: ReadonlyArray<{ startedAt: number; answeredAt: number | null }>;
}

/**
 * Reads the facts up to `now` (later ones are ignored, so a past moment can be replayed). Facts are taken in
 * time order, ties in the order given. A status pauses the clocks when its category is "paused" or the policy
 * lists it among its pause statuses; a "done" status stops them until the escalation is reopened.
 */
export function readSlaTimeline(
  facts: readonly SlaFact[],
  pauseStatuses: ReadonlySet<string>,
  now: number,
): SlaTimeline {
  const ordered = facts
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => fact.at <= now)
    .sort((x, y) => x.fact.at - y.fact.at || x.index - y.index)
    .map(({ fact }) => fact);
  const opened = ordered.find((fact) => fact.kind === 'opened');
  if (opened === undefined) {
    throw new RangeError('an SLA timeline needs an "opened" fact at or before now');
  }
  const halts: Halt[] = [];
  let haltedBy: 'paused' | 'done' | null = null;
  let doneSince: number | null = null;
  const humanReplies: number[] = [];
  const responseCycles: Array<{ startedAt: number; answeredAt: number | null }> = [];
  let waitingSince: number | null = null;
  for (const fact of ordered) {
    if (fact.kind === 'status') {
      const next =
        fact.category === 'done'
          ? 'done'
          : fact.category === 'paused' || pauseStatuses.has(fact.status)
            ? 'paused'
            : null;
      const open = halts.at(-1);
      if (next !== null && haltedBy === null) {
        halts.push({ from: fact.at, to: Number.POSITIVE_INFINITY });
      } else if (next === null && haltedBy !== null && open !== undefined) {
        open.to = fact.at;
      }
      doneSince = next === 'done' ? (haltedBy === 'done' ? doneSince : fact.at) : null;
      haltedBy = next;
    } else if (fact.kind === 'human_reply') {
      if (waitingSince !== null) {
        responseCycles.push({ startedAt: waitingSince, answeredAt: fact.at });
        waitingSince = null;
      }
      humanReplies.push(fact.at);
    } else if (fact.kind === 'customer_reply' && humanReplies.length > 0 && waitingSince === null) {
      waitingSince = fact.at;
    }
  }
  if (waitingSince !== null) {
    responseCycles.push({ startedAt: waitingSince, answeredAt: null });
  }
  return {
    openedAt: opened.at,
    halts: halts.filter((halt) => halt.to > halt.from),
    haltedBy,
    doneSince,
    humanReplies,
    responseCycles,
  };
}
