// A small event log for the audit's API and CLI suites, its figures worked out by hand:
//   case 1: New 09:00 (L1) → Resolved 10:00 (ana): resolved in 1 h at first contact.
//   case 2: New 09:00 (L1) → Open 09:30 in L2 (bo): reassigned, still open at the log's end (10:00).
// Cases 2, resolved 1, first-contact resolution 1 of 1, reassignment rate 0.5, reopen rate 0.
export const smallLogCsv = [
  'case_id,timestamp,status,group,assignee',
  '1,2026-03-02T09:00:00Z,New,L1,',
  '1,2026-03-02T10:00:00Z,Resolved,L1,ana',
  '2,2026-03-02T09:00:00Z,New,L1,',
  '2,2026-03-02T09:30:00Z,Open,L2,bo',
  '',
].join('\n');
