import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stripQuotedReply } from './strip-quoted-reply.js';

describe('stripQuotedReply', () => {
  test('a Gmail reply: the attribution and the quote below it go', () => {
    const text = [
      'Refund sent, it will show in 3 days.',
      '',
      'On Wed, 18 Nov 2026 at 12:00, Handoff <handoff@example.com> wrote:',
      '> Escalation 01ABC was assigned to you.',
      '> Customer: gold',
    ].join('\r\n');
    expect(stripQuotedReply(text)).toBe('Refund sent, it will show in 3 days.');
  });

  test('an attribution wrapped over two lines is found at its first line', () => {
    const text = [
      'Done.',
      'On Wed, 18 Nov 2026 at 12:00, Handoff Notifications <',
      'handoff@example.com> wrote:',
      '> old text',
    ].join('\n');
    expect(stripQuotedReply(text)).toBe('Done.');
  });

  test('a Turkish Gmail reply: "… tarihinde … şunu yazdı:" and what follows go', () => {
    const text = [
      'İadeyi yaptım, teşekkürler.',
      '',
      '18 Kas 2026 Çar, 12:00 tarihinde Handoff <handoff@example.com> şunu yazdı:',
      '> Talep size atandı.',
    ].join('\n');
    expect(stripQuotedReply(text)).toBe('İadeyi yaptım, teşekkürler.');
  });

  test('a wrapped Turkish attribution', () => {
    const text = [
      'Tamam.',
      '18 Kas 2026 Çar, 12:00 tarihinde Handoff <',
      'handoff@example.com> şunu yazdı:',
      '> x',
    ].join('\n');
    expect(stripQuotedReply(text)).toBe('Tamam.');
  });

  test("Outlook's -----Original Message----- and its header block go", () => {
    const text = [
      'Approved from my side.',
      '',
      '-----Original Message-----',
      'From: Handoff <handoff@example.com>',
      'Sent: Wednesday, November 18, 2026 12:00 PM',
      'Subject: [Handoff 01ABC] Approval needed',
    ].join('\n');
    expect(stripQuotedReply(text)).toBe('Approved from my side.');
  });

  test("Outlook's underscore divider and a From/Sent/To block without a divider both cut", () => {
    const underscores = ['Yes.', '________________________________', 'From: Handoff', 'Sent: today'].join(
      '\n',
    );
    expect(stripQuotedReply(underscores)).toBe('Yes.');
    const headers = [
      'Evet.',
      '',
      'Kimden: Handoff <handoff@example.com>',
      'Gönderildi: 18 Kasım 2026',
      'Konu: x',
    ].join('\n');
    expect(stripQuotedReply(headers)).toBe('Evet.');
  });

  test("inline answers keep the person's own lines between the quoted ones", () => {
    const text = ['> Can you refund?', 'Yes, done.', '> And the invoice?', 'Sent it too.'].join('\n');
    expect(stripQuotedReply(text)).toBe('Yes, done.\nSent it too.');
  });

  test('a signature after "-- " and a phone signature at the end go', () => {
    expect(stripQuotedReply('On it.\n\n-- \nAna Yılmaz\nBilling')).toBe('On it.');
    expect(stripQuotedReply('On it.\n\nSent from my iPhone')).toBe('On it.');
    expect(stripQuotedReply("Bakıyorum.\n\niPhone'umdan gönderildi")).toBe('Bakıyorum.');
  });

  test('a message of nothing but quoted history is empty', () => {
    expect(stripQuotedReply('On Mon, Ana wrote:\n> hello')).toBe('');
    expect(stripQuotedReply('> hello\n>\n> bye\n')).toBe('');
    expect(stripQuotedReply('\n\n  \n')).toBe('');
  });

  test('words that only look like the markers are kept', () => {
    const text =
      'On Monday I wrote to the bank.\nSiparişi 12 Kasım tarihinde verdim.\nFrom: the warehouse, nothing yet.';
    expect(stripQuotedReply(text)).toBe(text);
  });

  test('never longer than the input, never a quoted line, no blank line at either end', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('> q', 'On x wrote:', '', '-- ', 'From: a', 'Sent: b')),
        ),
        (parts) => {
          const text = parts.join('\n');
          const stripped = stripQuotedReply(text);
          expect(stripped.length).toBeLessThanOrEqual(text.length);
          expect(stripped.split('\n').some((line) => /^\s*>/.test(line))).toBe(false);
          expect(stripped).toBe(stripped.replace(/^\s*\n/, '').replace(/\n\s*$/, ''));
        },
      ),
    );
  });
});
