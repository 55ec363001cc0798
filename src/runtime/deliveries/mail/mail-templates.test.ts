import { describe, expect, test } from 'vitest';
import type { DeliveryPayload } from '../../../core/deliveries/plan-deliveries.js';
import { type MailEscalation, renderMail } from './mail-templates.js';

const escalation: MailEscalation = {
  id: '01ESC',
  status: 'assigned',
  priority: 'high',
  team: 'desk',
  tier: 'L1',
  wants: 'a refund\r\nBcc: victim@example.com',
  brief: 'Customer: gold\nWants: a refund',
};
const payload = (reason: string, data: Record<string, unknown> = {}): DeliveryPayload => ({
  reason,
  event: { id: 1, type: 'x', actor: null, at: '2026-11-18T12:00:00.000Z', data },
  ...(reason === 'automation' ? { message: 'Call <them> now' } : {}),
});
const reasons = [
  'assignee',
  'ladder',
  'update_due',
  'sla_warning',
  'sla_breached',
  'approver',
  'owner_fallback',
  'approval_expired',
  'automation',
];

describe('renderMail', () => {
  for (const locale of ['en', 'tr'] as const) {
    test(`${locale}: every reason has its own wording, and none falls back to the generic one`, () => {
      const subjects = reasons.map(
        (reason) =>
          renderMail({
            locale,
            payload: payload(reason),
            escalation,
            link: 'https://h/e/01ESC',
            isReplyable: true,
          }).subject,
      );
      expect(new Set(subjects).size).toBe(reasons.length);
      const generic = renderMail({
        locale,
        payload: payload('event'),
        escalation,
        link: null,
        isReplyable: false,
      });
      expect(subjects).not.toContain(generic.subject);
    });
  }

  test('the subject is one line whatever the case holds; the HTML escapes it and the link', () => {
    const mail = renderMail({
      locale: 'en',
      payload: payload('automation'),
      escalation,
      link: 'https://h/e/"><script>',
      isReplyable: false,
    });
    expect(mail.subject).toBe('[Handoff 01ESC] Notice: a refund Bcc: victim@example.com');
    expect(mail.text).toContain('Call <them> now');
    expect(mail.html).toContain('Call &#60;them&#62; now');
    expect(mail.html).toContain('href="https://h/e/&#34;&#62;&#60;script&#62;"');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).not.toContain('Reply to this e-mail');
  });

  test('SLA notices name the clock and its due time, in Turkish too', () => {
    const mail = renderMail({
      locale: 'tr',
      payload: payload('sla_warning', { metric: 'first_response', dueAt: '2026-11-18T13:00:00.000Z' }),
      escalation,
      link: null,
      isReplyable: false,
    });
    expect(mail.subject).toContain('SLA uyarısı: ilk yanıt');
    expect(mail.text).toContain('Son tarih: 2026-11-18T13:00:00.000Z');
  });

  test("the customer's message is the reply alone: no link, no brief, no internal facts", () => {
    const mail = renderMail({
      locale: 'en',
      payload: payload('public_reply', { body: 'Your refund is on its way.' }),
      escalation,
      link: 'https://h/e/01ESC',
      isReplyable: true,
    });
    expect(mail.subject).toBe('[Handoff 01ESC] Re: your request');
    expect(mail.text).toBe('Your refund is on its way.\n\nYou can answer this e-mail directly.\n');
    expect(mail.html).not.toContain('https://h/e');
    expect(mail.html).not.toContain('gold');
  });
});
