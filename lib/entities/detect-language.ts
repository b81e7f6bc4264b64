import { franc } from 'franc-min';

/** Languages the recogniser and date parser support. */
export type SupportedLang = 'en' | 'fr' | 'es' | 'de';

/** A supported language code, or "und" when unsupported or unsure. */
export type DetectedLang = SupportedLang | 'und';

const FROM_ISO3: Record<string, SupportedLang> = { eng: 'en', fra: 'fr', spa: 'es', deu: 'de' };
/**
 * Latin-script languages of news pages that franc-min knows and we do not read: told apart from
 * ours, so that a Portuguese, Italian, Polish or Dutch page is not read as Spanish, French or
 * German (franc told only our four picks the nearest of them).
 */
export const OTHER_LATIN: Record<string, string> = {
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  tur: 'tr',
  hrv: 'hr',
  bos: 'bs',
  ind: 'id',
  vie: 'vi',
};
const ONLY = [...Object.keys(FROM_ISO3), ...Object.keys(OTHER_LATIN)];

/** Reads a page's language tag ("fr-CH" → "fr"); null when it is none of ours. */
export function normalizeLang(lang: string | null | undefined): SupportedLang | null {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'fr' || primary === 'es' || primary === 'de'
    ? primary
    : null;
}

/** Share of letters that are Latin script (0 when there are no letters). */
export function latinShare(text: string): number {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters ? latin / letters : 0;
}

/**
 * The text's language (franc-min trigrams): one of ours, "other" when it is clearly another
 * (another script, or one of OTHER_LATIN), "und" when the text is too short to tell.
 */
export function guessLanguage(text: string): DetectedLang | 'other' {
  if (latinShare(text) < 0.5) return /\p{L}/u.test(text) ? 'other' : 'und';
  const code = francCode(text);
  if (code === 'und') return 'und';
  return FROM_ISO3[code] ?? 'other';
}

/** The language code (ISO 639-1) of a text in one of OTHER_LATIN ("pl"), else null. */
export function otherLatinLanguage(text: string): string | null {
  return latinShare(text) < 0.5 ? null : (OTHER_LATIN[francCode(text)] ?? null);
}

/** Characters of text franc reads (its trigrams settle well before). */
const SAMPLE_CHARS = 2048;

/**
 * The text franc reads: its paragraphs in order up to SAMPLE_CHARS, leaving out any that opens
 * with the same two words as an earlier one. Repeated boilerplate (a page of PHP warnings,
 * "Strict Standards: Non-static method …", before a German post; "Posted by …" lines) then
 * votes once instead of filling the sample and outvoting the article's own language.
 */
export function languageSample(text: string): string {
  const seen = new Set<string>();
  let sample = '';
  for (const paragraph of text.split(/\n+/)) {
    const opening = paragraph.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase();
    if (!opening || seen.has(opening)) continue;
    seen.add(opening);
    sample += `${paragraph}\n`;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample.slice(0, SAMPLE_CHARS);
}

function francCode(text: string): string {
  return franc(languageSample(text), { only: ONLY, minLength: 20 });
}

/** Guesses the language among en/fr/es/de from the text; "und" when it is another or unsure. */
export function detectLanguage(text: string): DetectedLang {
  const found = guessLanguage(text);
  return found === 'other' ? 'und' : found;
}
