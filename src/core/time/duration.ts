// Durations as playbooks write them ("15m", "24h", "7d"), in milliseconds.

const unitMs: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses the playbook's duration text ("15m", "24h", "7d") into milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text.trim());
  if (match === null) {
    return Number.NaN;
  }
  return Number(match[1]) * (unitMs[match[2] ?? 's'] ?? Number.NaN);
}
