// What an SMTP failure means for the deliveries worker: try again later, or never.
import type { SendResult } from '../channel.js';

/** Reply codes that refuse the recipient for good: no such mailbox, not local, mailbox name not allowed. */
const permanentCodes = new Set([550, 551, 553]);

/**
 * A nodemailer error as a failed SendResult: a 4xx reply is temporary (retried, the code kept); 550, 551 and 553
 * refuse the recipient and are permanent; other 5xx replies (a relay or authentication refusal an operator can
 * fix) and connection errors are retried.
 */
export function smtpFailure(error: unknown): Extract<SendResult, { ok: false }> {
  const { responseCode, code, message } = (error ?? {}) as {
    responseCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  const status = typeof responseCode === 'number' ? responseCode : undefined;
  const words = typeof message === 'string' ? message.slice(0, 500) : String(error);
  const detail = typeof code === 'string' ? `${code}: ${words}` : words;
  return status !== undefined && permanentCodes.has(status)
    ? { ok: false, status, error: detail, permanent: true }
    : { ok: false, status, error: detail };
}
