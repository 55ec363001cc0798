// The database schema as Kysely sees it. Conventions (see docs/adr/0001-storage.md): times are epoch
// milliseconds (`Millis`), booleans are 0/1 integers, JSON columns hold `JsonText` made by encodeJson.
import type { Generated } from 'kysely';
import type { JsonText } from './json.js';

/** Epoch milliseconds, UTC: `bigint` on both dialects, read back as a JavaScript number. */
export type Millis = number;
/** A boolean stored as 0 or 1. */
export type Flag = 0 | 1;

export interface PlaybookVersionsTable {
  /** 1, 2, 3 … assigned by the application (max + 1) so no number is ever skipped. */
  version: number;
  name: string;
  yaml: string;
  /** `file:PATH`, `template:NAME` or `api`. */
  source: string;
  created_at: Millis;
  created_by: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface EvaluationsTable {
  id: string;
  case_id: string;
  turn: number | null;
  idempotency_key: string | null;
  playbook_version: number;
  confidence: number | null;
  task_type: string | null;
  risk: string;
  action: string;
  /** Ids of the triggers that fired. */
  triggers: JsonText<string[]>;
  decision: JsonText;
  escalation_id: string | null;
  created_at: Millis;
  /** The API key that asked (empty for the system): case id + turn are unique per caller. */
  caller: Generated<string>;
}

export interface EscalationsTable {
  id: string;
  case_id: string;
  case_turn: number | null;
  status: string;
  priority: string;
  team: string;
  tier: string | null;
  assignee: string | null;
  mode: string | null;
  /** `evaluate` or `explicit`. */
  origin: string;
  reason_category: string | null;
  playbook_version: number;
  /** Optimistic concurrency: every change is `UPDATE … WHERE id = ? AND version = ?` and bumps it. */
  version: Generated<number>;
  context: JsonText;
  brief: JsonText;
  decision: JsonText | null;
  tags: JsonText<string[]>;
  fields: JsonText<Record<string, unknown>>;
  reroute_count: Generated<number>;
  tier_changes: Generated<number>;
  opened_at: Millis;
  assigned_at: Millis | null;
  claimed_at: Millis | null;
  first_response_at: Millis | null;
  resolved_at: Millis | null;
  outcome: string | null;
  updated_at: Millis;
  /** The API key that opened it (null for the system). */
  opened_by: string | null;
  /** The SLA clocks as last computed from the timeline (null: no policy applies). */
  sla: JsonText | null;
}

export interface EventsTable {
  /** Increasing in insertion order; on PostgreSQL commit order may differ, so never page by `id > last` alone across nodes. */
  id: Generated<number>;
  escalation_id: string;
  type: string;
  actor: string | null;
  at: Millis;
  data: JsonText;
}

export interface ApprovalsTable {
  escalation_id: string;
  approver: string;
  /** `approved` or `rejected`. */
  verdict: string;
  note: string | null;
  at: Millis;
}

export interface PeopleStateTable {
  person_id: string;
  available: Flag;
  updated_at: Millis;
}

export interface AssignmentCursorsTable {
  team: string;
  last_person_id: string | null;
  updated_at: Millis;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** `agent`, `human` or `admin`. */
  scope: string;
  person_id: string | null;
  key_hash: string;
  created_at: Millis;
  revoked_at: Millis | null;
}

export interface IdempotencyTable {
  /** The API key id and the `Idempotency-Key` header value, joined. */
  key: string;
  request_hash: string;
  status_code: number;
  response: JsonText;
  created_at: Millis;
}

export interface TimersTable {
  id: string;
  escalation_id: string;
  kind: string;
  due_at: Millis;
  fired_at: Millis | null;
  lease_owner: string | null;
  lease_until: Millis | null;
  data: JsonText;
  attempts: Generated<number>;
  last_error: string | null;
  /** The node whose worker fired it. */
  fired_by: string | null;
}

/** One message for one endpoint: its id is the message id every attempt carries. */
export interface OutboxTable {
  id: string;
  event_id: number;
  /** The channel kind: webhook, slack, email. */
  channel: string;
  payload: JsonText;
  created_at: Millis;
  attempts: Generated<number>;
  delivered_at: Millis | null;
  lease_until: Millis | null;
  escalation_id: string | null;
  /** The integration id in the playbook. */
  endpoint: string | null;
  /** Whom it is for: a person id, `team:ID`, `customer`, or null for the endpoint itself. */
  recipient: string | null;
  status: Generated<DeliveryStatus>;
  /** When the worker may take it next; null once delivered or dead. */
  next_attempt_at: Millis | null;
  lease_owner: string | null;
  last_error: string | null;
  last_status: number | null;
  dead_at: Millis | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface DeliveryAttemptsTable {
  id: Generated<number>;
  outbox_id: string;
  attempt: number;
  at: Millis;
  channel: string;
  endpoint: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  node: string;
}

export interface DeliveryEndpointsTable {
  endpoint: string;
  /** Consecutive failed deliveries. */
  failures: Generated<number>;
  disabled_at: Millis | null;
  disabled_reason: string | null;
  updated_at: Millis;
}

/** The Slack message that stands for an escalation in its team's channel, updated in place. */
export interface SlackMessagesTable {
  escalation_id: string;
  workspace: string;
  channel: string;
  ts: string;
  created_at: Millis;
}

/** The helpdesk conversation or ticket that stands for an escalation (Chatwoot, Zendesk). */
export interface HelpdeskLinksTable {
  integration: string;
  escalation_id: string;
  /** The conversation or ticket id; '' while a ticket is being created. */
  external_id: string;
  created_at: Millis;
}

/** A helpdesk webhook call or message already taken, or a message Handoff wrote there itself. */
export interface HelpdeskReceiptsTable {
  integration: string;
  key: string;
  escalation_id: string | null;
  created_at: Millis;
}

/** A reply address handed out in an e-mail: only its hash is kept. */
export interface MailTokensTable {
  token_hash: string;
  escalation_id: string;
  /** The person it was sent to, or null for the customer. */
  person_id: string | null;
  /** The address it was sent to: a reply must come from it. */
  sender: string;
  message_id: string;
  created_at: Millis;
}

export interface FrequencyOccurrencesTable {
  counter: string;
  key: string;
  /** The case id: one case counts once however often it is decided. */
  occurrence: string;
  at: Millis;
  expires_at: Millis;
}

/** How a conversation the AI kept ended, as the AI system reported it (the latest report wins). */
export interface CaseOutcomesTable {
  case_id: string;
  /** resolved_by_ai | escalated_later | customer_complained | reopened */
  outcome: string;
  at: Millis;
  recorded_at: Millis;
  recorded_by: string | null;
}

/** A shadow playbook version's decision on one evaluation, beside the active version's; never acted on. */
export interface ShadowDecisionsTable {
  evaluation_id: string;
  case_id: string;
  turn: number | null;
  active_version: number;
  candidate_version: number;
  active_action: string;
  candidate_action: string;
  /** `team/tier` or null. */
  active_route: string | null;
  candidate_route: string | null;
  active_priority: string | null;
  candidate_priority: string | null;
  /** 1 when action, route or priority differ. */
  differs: number;
  /** The candidate's whole decision. */
  decision: JsonText;
  created_at: Millis;
}

/** An inbound e-mail reply already taken, by its Message-ID: the same reply delivered twice is one comment. */
export interface InboundMailTable {
  message_id: string;
  escalation_id: string;
  received_at: Millis;
}

/** One escalation's metric facts, rewritten with every event that changes it (see src/core/metrics/). */
export interface EscalationFactsTable {
  escalation_id: string;
  opened_at: Millis;
  team: string;
  /** open | paused | done */
  category: string;
  facts: JsonText;
  updated_at: Millis;
  /** The resolution instant when the metric rollups count these facts; null when they do not. */
  settled_at: Millis | null;
}

export interface MetricRollupsTable {
  key: string;
  /** h | d */
  grain: string;
  start: Millis;
  /** all | extra | a grouping */
  dim: string;
  team: string;
  value: string;
  n: number;
  data: JsonText;
}

export interface AuditsTable {
  name: string;
  created_at: Millis;
  created_by: string | null;
  source: string;
  cases: number;
  /** The whole AuditReport. */
  report: JsonText;
}

export interface DashboardSessionsTable {
  /** SHA-256 (hex) of the session id in the cookie. */
  id_hash: string;
  key_id: string;
  created_at: Millis;
  /** Ends here however much it is used. */
  expires_at: Millis;
  /** Updated at most once a minute; the idle limit counts from it. */
  last_seen_at: Millis;
  revoked_at: Millis | null;
}

export interface IncidentsTable {
  id: string;
  title: string;
  summary: string | null;
  severity: string;
  critical: Flag;
  /** detected | investigating | identified | monitoring | resolved */
  phase: string;
  /** open | resolved */
  status: string;
  owner: string | null;
  /** Role id → person id, or null when nobody could be found to fill it. */
  roles: JsonText<Record<string, string | null>>;
  /** The operational period running, from 1. */
  period: number;
  period_started_at: Millis;
  last_update_at: Millis;
  /** When the next status update is due (null: no cadence for its severity, or resolved). */
  next_update_at: Millis | null;
  /** The automation that opened it; an open incident of the same source takes the next escalations. */
  source: string | null;
  playbook_version: number;
  version: Generated<number>;
  opened_by: string | null;
  opened_at: Millis;
  resolved_at: Millis | null;
  updated_at: Millis;
}

export interface IncidentEscalationsTable {
  incident_id: string;
  escalation_id: string;
  linked_at: Millis;
}

export interface IncidentEventsTable {
  /** From the counter of `events.id` (one id space for the live stream, docs/adr/0005-one-stream-id-space.md). */
  id: Generated<number>;
  incident_id: string;
  type: string;
  actor: string | null;
  at: Millis;
  data: JsonText;
}

/** Every table, for `Kysely<Tables>`. */
export interface Tables {
  playbook_versions: PlaybookVersionsTable;
  settings: SettingsTable;
  evaluations: EvaluationsTable;
  escalations: EscalationsTable;
  events: EventsTable;
  approvals: ApprovalsTable;
  people_state: PeopleStateTable;
  assignment_cursors: AssignmentCursorsTable;
  api_keys: ApiKeysTable;
  idempotency: IdempotencyTable;
  timers: TimersTable;
  outbox: OutboxTable;
  delivery_attempts: DeliveryAttemptsTable;
  delivery_endpoints: DeliveryEndpointsTable;
  slack_messages: SlackMessagesTable;
  mail_tokens: MailTokensTable;
  case_outcomes: CaseOutcomesTable;
  shadow_decisions: ShadowDecisionsTable;
  inbound_mail: InboundMailTable;
  frequency_occurrences: FrequencyOccurrencesTable;
  escalation_facts: EscalationFactsTable;
  metric_rollups: MetricRollupsTable;
  audits: AuditsTable;
  dashboard_sessions: DashboardSessionsTable;
  helpdesk_links: HelpdeskLinksTable;
  helpdesk_receipts: HelpdeskReceiptsTable;
  incidents: IncidentsTable;
  incident_escalations: IncidentEscalationsTable;
  incident_events: IncidentEventsTable;
}
