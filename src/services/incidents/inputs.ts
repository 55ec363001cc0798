// The zod schemas of the incident verbs' inputs, shared by the verbs (validation) and the HTTP layer.
import { z } from 'zod';

const Id = z.string().min(1).max(200);
const Note = z.string().min(1).max(20_000);

export const OpenIncidentInput = z.strictObject({
  title: z.string().min(1).max(500),
  summary: z.string().max(20_000).optional().describe('the situation summary'),
  severity: Id.optional().describe(
    'a severity of the playbook; absent: from the thresholds, else the default',
  ),
  escalations: z
    .array(Id)
    .max(500)
    .default(() => [])
    .describe('escalations linked from the start'),
});

export const LinkIncidentInput = z.strictObject({ escalation: Id });

export const ChangeIncidentPhaseInput = z.strictObject({
  phase: z
    .enum(['detected', 'investigating', 'identified', 'monitoring'])
    .describe('detected, investigating, identified or monitoring (resolve the incident to reach resolved)'),
  note: Note.optional().describe('what stakeholders read as {{note}} in the phase message'),
});

export const PostIncidentUpdateInput = z.strictObject({ note: Note });

export const HandOverIncidentInput = z.strictObject({
  note: Note.describe('the hand-over note: what the next shift must know'),
});

export const ResolveIncidentInput = z.strictObject({
  note: Note.optional().describe('what stakeholders read as {{note}} in the resolved message'),
});

export const ListIncidentsInput = z.strictObject({
  status: z.enum(['open', 'resolved']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: Id.optional().describe('the last id of the previous page'),
});

const Instant = z.iso.datetime({ offset: true });
export const IncidentMetricsInput = z
  .strictObject({ from: Instant.optional(), to: Instant.optional() })
  .refine(
    (input) =>
      input.from === undefined || input.to === undefined || Date.parse(input.from) < Date.parse(input.to),
    {
      message: 'from must be before to',
      path: ['from'],
    },
  );
