// What a person actually wrote in an e-mail reply: the quoted history, attribution lines, forwarded blocks and
// signature that mail clients add below (or around) it are cut. Pure; English and Turkish clients' wordings.

/** "On Wed, 18 Nov 2026 at 12:00, Ana <ana@example.com> wrote:" (Gmail, Apple Mail, Thunderbird). */
const englishAttribution = /^\s*On\s.*\swrote:\s*$/i;
/** "18 Kas 2026 Çar, 12:00 tarihinde Ana <ana@example.com> şunu yazdı:" (Gmail in Turkish). */
const turkishAttribution = /^.*\starihinde\s.*\s(şunu\s+)?yazdı:\s*$/iu;
/** Outlook's and others' dividers, in English and Turkish. */
const divider =
  /^\s*(-{2,}\s*(Original Message|Forwarded message|Özgün İleti|Orijinal Mesaj|Orijinal İleti|İletilen ileti)\s*-{2,}|_{10,}|Begin forwarded message:)\s*$/iu;
/** The first line of a header block a client quotes: "From: …" / "Kimden: …" (Outlook may bold it: "*From:*"). */
const headerStart = /^\s*\*?(From|Kimden)\s*:\*?\s/iu;
/** A later line of that block. */
const headerNext = /^\s*\*?(Sent|Date|To|Cc|Subject|Gönderildi|Gönderilme|Tarih|Kime|Bilgi|Konu)\s*:\*?\s/iu;
/** The conventional signature delimiter "-- " (RFC 3676), and phones' one-line signatures. */
const signatureDelimiter = /^-- ?$/;
const phoneSignature =
  /^\s*(Sent from my \S+.*|Get Outlook for \S+.*|iPhone'umdan gönderildi|Android'den gönderildi|.*cihazımdan gönderildi)\s*$/iu;
const quoted = /^\s*>/;

/** The index of the first line where quoted history begins, or the number of lines when none does. */
function historyStart(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (englishAttribution.test(line) || turkishAttribution.test(line) || divider.test(line)) {
      return index;
    }
    // Long attributions are wrapped by the client: "On … Ana <" / "ana@example.com> wrote:".
    const wrapped = `${line} ${next}`;
    const nextAlone = englishAttribution.test(next) || turkishAttribution.test(next);
    if (
      !nextAlone &&
      ((/^\s*On\s/i.test(line) && englishAttribution.test(wrapped)) ||
        (/\starihinde(\s|$)/iu.test(line) && turkishAttribution.test(wrapped)))
    ) {
      return index;
    }
    if (headerStart.test(line) && lines.slice(index + 1, index + 5).some((later) => headerNext.test(later))) {
      return index;
    }
    if (signatureDelimiter.test(line)) {
      return index;
    }
  }
  return lines.length;
}

/**
 * The reply's own text: everything before the first attribution ("On … wrote:", "… tarihinde … şunu yazdı:"),
 * divider ("-----Original Message-----", Outlook's underscores, a forwarded block), quoted header block
 * ("From: … Sent: …") or signature ("-- "); lines quoted with ">" dropped wherever they are (inline answers keep
 * the person's own lines); a phone's one-line signature at the end dropped; blank lines trimmed. May be empty.
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const own = lines.slice(0, historyStart(lines)).filter((line) => !quoted.test(line));
  while (own.length > 0 && (own.at(-1)?.trim() === '' || phoneSignature.test(own.at(-1) ?? ''))) {
    own.pop();
  }
  while (own.length > 0 && own[0]?.trim() === '') {
    own.shift();
  }
  return own
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
