// The Decision: DESIGN.md's contract, the one answer Handoff gives per case and turn.
import { z } from 'zod';

export const DecisionAction = z.enum(['continue', 'escalate', 'require_approval']);
export type DecisionAction = z.infer<typeof DecisionAction>;

export const DecisionMode = z.enum(['reactive', 'proactive']).nullable();
export type DecisionMode = z.infer<typeof DecisionMode>;

export const Reason = z.object({
  trigger: z.string(),
  kind: z.string(),
  detail: z.string(),
});
export type Reason = z.infer<typeof Reason>;

export const DecisionRoute = z.object({
  team: z.string(),
  tier: z.string().nullable(),
  skills: z.array(z.string()).optional(),
  rule: z.string().optional(),
});
export type DecisionRoute = z.infer<typeof DecisionRoute>;

export const PiiSummary = z.object({ type: z.string(), count: z.number().int() });

export const Signals = z.object({
  locale: z.string(),
  sentiment: z.number().min(-1).max(1),
  sentimentSource: z.enum(['case', 'computed']),
  sentimentTrend: z.array(z.number()),
  frustration: z.array(z.string()),
  humanRequested: z.boolean(),
  humanRequestPhrase: z.string().nullable(),
  /** Which part of the detector heard the request: the grammar (`rule`) or the trained model; null when none did. */
  humanRequestSource: z.enum(['rule', 'model']).nullable(),
  /** How sure the detector is (1 for a grammar match, else the model's probability). */
  humanRequestProbability: z.number().min(0).max(1),
  keywords: z.array(z.string()),
  pii: z.array(PiiSummary),
  risk: z.string(),
  threshold: z.number().nullable(),
  confidence: z.number().nullable(),
  violations: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
});
export type Signals = z.infer<typeof Signals>;

export const Decision = z.object({
  id: z.string(),
  turn: z.number().nullable(),
  action: DecisionAction,
  mode: DecisionMode,
  reasons: z.array(Reason),
  route: DecisionRoute.nullable(),
  priority: z.string().nullable(),
  signals: Signals,
  /** How the playbook's CRM lookup went (`enrich:`); absent when the playbook has none. */
  enrichment: z
    .object({
      status: z.enum(['ok', 'cached', 'timeout', 'error', 'skipped']),
      fields: z.array(z.string()).optional(),
      detail: z.string().optional(),
    })
    .optional(),
});
export type Decision = z.infer<typeof Decision>;
