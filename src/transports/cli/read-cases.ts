// Splits CLI input into cases: one JSON document, a JSON array of cases, or JSON Lines (one case a line).

export type CaseLine = { line: number; value: unknown } | { line: number; error: string };

/** Reads the text as one JSON value when it is one, otherwise as JSON Lines; blank lines are skipped. */
export function readCases(text: string): CaseLine[] {
  const trimmed = text.trim();
  if (trimmed === '') {
    return [];
  }
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (Array.isArray(whole)) {
      return whole.map((value, index) => ({ line: index + 1, value }));
    }
    return [{ line: 1, value: whole }];
  } catch {
    // Not one document: JSON Lines.
  }
  const lines: CaseLine[] = [];
  text.split(/\r?\n/).forEach((body, index) => {
    if (body.trim() === '') {
      return;
    }
    try {
      lines.push({ line: index + 1, value: JSON.parse(body) as unknown });
    } catch (error) {
      lines.push({ line: index + 1, error: `not valid JSON (${(error as Error).message})` });
    }
  });
  return lines;
}
