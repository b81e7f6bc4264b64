/** GDELT's names for the languages we may filter on (ISO 639-1 → sourcelang value). */
const GDELT_LANGS: Record<string, string> = {
  ar: 'arabic',
  de: 'german',
  en: 'english',
  es: 'spanish',
  fa: 'persian',
  fr: 'french',
  he: 'hebrew',
  hi: 'hindi',
  it: 'italian',
  ja: 'japanese',
  ko: 'korean',
  nl: 'dutch',
  pl: 'polish',
  pt: 'portuguese',
  ru: 'russian',
  sv: 'swedish',
  tr: 'turkish',
  uk: 'ukrainian',
  zh: 'chinese',
};

/** More names than this make the query too narrow (AND) or too vague (OR). */
const MAX_TERMS = 5;

/**
 * The GDELT query for stories about these entities: the first (most salient) label is
 * required, and at least one of the others (`A (B OR C)`; `A B` for two). Multi-word names are
 * quoted. `langs` (ISO 639-1) add sourcelang filters; unknown codes are dropped. Null when no
 * label is usable (GDELT rejects terms under 3 characters).
 */
export function buildGdeltQuery(labels: string[], langs: string[] = []): string | null {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const label of labels) {
    const clean = label
      .replace(/["():]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const folded = clean.toLowerCase();
    if (clean.length < 3 || seen.has(folded)) continue;
    seen.add(folded);
    terms.push(/[\s-]/.test(clean) ? `"${clean}"` : clean);
    if (terms.length === MAX_TERMS) break;
  }
  const [first, ...rest] = terms;
  if (first === undefined) return null;
  const parts = [first];
  if (rest.length === 1) parts.push(rest[0]!);
  if (rest.length > 1) parts.push(`(${rest.join(' OR ')})`);
  const sourceLangs = [
    ...new Set(langs.map((l) => GDELT_LANGS[l.toLowerCase().split(/[-_]/)[0] ?? ''])),
  ].filter((l): l is string => l !== undefined);
  const filters = sourceLangs.map((l) => `sourcelang:${l}`);
  if (filters.length === 1) parts.push(filters[0]!);
  if (filters.length > 1) parts.push(`(${filters.join(' OR ')})`);
  return parts.join(' ');
}

/** Epoch ms → GDELT's YYYYMMDDHHMMSS (UTC). */
export function toGdeltDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** GDELT's seendate "20240619T123000Z" → "2024-06-19T12:30:00Z"; null if malformed. */
export function seenDateToIso(seendate: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(seendate);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
