// Whom an e-mail goes to: a person's address from the playbook, a team's, or the customer's from the case.
import type { PlaybookRuntime } from '../../../core/playbook-runtime/playbook-runtime.js';

export interface MailRecipient {
  /** Lower-cased: a reply must come from it, compared as stored. */
  address: string;
  name: string | null;
  /** The person it is for; null for a team or the customer. */
  personId: string | null;
  kind: 'person' | 'team' | 'customer';
}

// One address, no display name, no angle brackets or spaces: what SMTP's RCPT TO takes.
const plainAddress = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

const addressOf = (value: unknown): string | null =>
  typeof value === 'string' && value.length <= 320 && plainAddress.test(value.trim())
    ? value.trim().toLowerCase()
    : null;

/** The recipient of an outbox row, or why nobody can be addressed (a retry cannot help then). */
export function resolveMailRecipient(
  recipient: string | null,
  runtime: PlaybookRuntime,
  caseValue: Record<string, unknown> | null,
): MailRecipient | { problem: string } {
  if (recipient === null) {
    return { problem: 'an e-mail needs a recipient (a person, team:ID or customer)' };
  }
  if (recipient === 'customer') {
    const customer = caseValue?.['customer'];
    const address = addressOf(
      customer !== null && typeof customer === 'object'
        ? (customer as Record<string, unknown>)['email']
        : null,
    );
    return address === null
      ? { problem: 'the case has no customer e-mail address (customer.email)' }
      : { address, name: null, personId: null, kind: 'customer' };
  }
  if (recipient.startsWith('address:')) {
    // A key contact of an incident named by address in the playbook: a list or a mailbox, never a reply author.
    const address = addressOf(recipient.slice('address:'.length));
    return address === null
      ? { problem: `${recipient.slice('address:'.length)} is not an e-mail address` }
      : { address, name: null, personId: null, kind: 'team' };
  }
  if (recipient.startsWith('team:')) {
    const team = runtime.teams.get(recipient.slice('team:'.length));
    const address = addressOf(team?.email);
    return team === undefined
      ? { problem: `no team ${recipient.slice('team:'.length)} in the active playbook` }
      : address === null
        ? { problem: `team ${team.id} has no e-mail address` }
        : { address, name: team.name, personId: null, kind: 'team' };
  }
  const person = runtime.people.get(recipient);
  const address = addressOf(person?.email);
  return person === undefined
    ? { problem: `no person ${recipient} in the active playbook` }
    : address === null
      ? { problem: `${person.id} has no e-mail address` }
      : { address, name: person.name, personId: person.id, kind: 'person' };
}
