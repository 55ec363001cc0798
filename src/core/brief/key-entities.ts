// Finds the key entities a person needs at a glance in a conversation: order numbers, amounts, dates.

export interface KeyEntity {
  type: 'order' | 'amount' | 'date';
  value: string;
}

// Order references: "order 12345", "sipariş no: A-1", "#88123", "ORD-2024-77", "A-1 numaralı sipariş".
const orderPatterns = [
  /(?:order|sipari[sş]|ticket|talep|case|ref(?:erence)?)(?:\s*(?:no|number|numaras[ıi]|id|#))?[\s.:#-]*([A-Z]{0,4}-?\d[\w-]{2,20})/giu,
  /#(\d{4,12})\b/gu,
  /\b([A-Z]{2,5}-\d{2,}(?:-\d+)*)\b/gu,
  // Turkish puts the number first: "A-12345 numaralı siparişim", "88123 nolu talebim".
  /\b([A-Z]{0,4}-?\d[\w-]{2,20})\s+(?:numaral[ıi]|nolu|no'lu)?\s*(?:sipari[sş]|talep|talebi)/giu,
];
// Amounts with a currency before or after: "₺1.250,50", "1250 TL", "$40", "€ 12.99", "300 USD".
const amountPatterns = [
  /(?:[₺$€£]\s?\d[\d.,]*)/gu,
  /\b\d[\d.,]*\s?(?:TL|TRY|USD|EUR|GBP|lira|dollars?|euros?)\b/giu,
];
// Dates: ISO "2026-11-20", Turkish/European "20.11.2026", "20/11/2026".
const datePatterns = [/\b\d{4}-\d{2}-\d{2}\b/gu, /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/gu];

function collect(texts: readonly string[], patterns: readonly RegExp[], group: number): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const value = (match[group] ?? match[0]).trim();
        if (value !== '' && !found.includes(value)) {
          found.push(value);
        }
      }
    }
  }
  return found;
}

/** Key entities from the texts (and any order-like case fields), deduplicated, in order of appearance. */
export function findKeyEntities(texts: readonly string[], fields: Record<string, unknown> = {}): KeyEntity[] {
  const orders = Object.entries(fields)
    .filter(
      ([key, value]) =>
        /order|siparis|ticket|reference/i.test(key) &&
        (typeof value === 'string' || typeof value === 'number'),
    )
    .map(([, value]) => String(value));
  const dates = collect(texts, datePatterns, 0);
  const inTexts = collect(texts, orderPatterns.slice(0, 2), 1).concat(
    collect(texts, orderPatterns.slice(2), 1),
  );
  const entities: KeyEntity[] = [];
  for (const value of [...orders, ...inTexts]) {
    if (!entities.some((entity) => entity.value === value) && !dates.includes(value)) {
      entities.push({ type: 'order', value });
    }
  }
  for (const value of collect(texts, amountPatterns, 0)) {
    entities.push({ type: 'amount', value });
  }
  for (const value of dates) {
    entities.push({ type: 'date', value });
  }
  return entities.slice(0, 20);
}
