// Reads the form-encoded bodies Slack sends (interactions as `payload=<json>`, slash commands as fields) after
// their signature is checked: well-formed, no NUL (PostgreSQL text refuses it), ids of a sane length.
import { z } from 'zod';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';

export function readForm(rawBody: string): URLSearchParams {
  const form = new URLSearchParams(rawBody);
  for (const [key, value] of form) {
    if (key.includes('\u0000') || value.includes('\u0000')) {
      throw new HandoffError('bad_request', `${key}: text may not contain the NUL character (U+0000)`, {
        path: key,
      });
    }
  }
  return form;
}

const SlackUserId = z.string().min(1).max(50);

/** The parts of a block_actions payload Handoff reads; Slack sends many more fields, kept out of the way. */
export const SlackInteraction = z.object({
  type: z.string().max(100),
  user: z.object({ id: SlackUserId }),
  response_url: z.string().max(2_000).optional(),
  actions: z
    .array(z.object({ action_id: z.string().max(255), value: z.string().max(2_000).optional() }))
    .max(25)
    .optional(),
});
export type SlackInteraction = z.infer<typeof SlackInteraction>;

export function readInteraction(form: URLSearchParams): SlackInteraction {
  const text = form.get('payload');
  if (text === null) {
    throw new HandoffError('bad_request', 'a Slack interaction carries its JSON in the "payload" field', {
      path: 'payload',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HandoffError('bad_request', 'payload: malformed JSON', { path: 'payload', cause: error });
  }
  return parseInput(SlackInteraction, value);
}

export const SlackCommand = z.object({
  command: z.string().max(100),
  text: z.string().max(2_000).default(''),
  user_id: SlackUserId,
});
export type SlackCommand = z.infer<typeof SlackCommand>;

export const readCommand = (form: URLSearchParams): SlackCommand =>
  parseInput(SlackCommand, Object.fromEntries(form));
