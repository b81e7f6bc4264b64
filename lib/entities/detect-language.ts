import { franc } from 'franc-min';

/** Languages the recogniser and date parser support. */
export type SupportedLang = 'en' | 'fr' | 'es' | 'de';

/** A supported language code, or "und" when unsupported or unsure. */
export type DetectedLang = SupportedLang | 'und';

const FROM_ISO3: Record<string, SupportedLang> = { eng: 'en', fra: 'fr', spa: 'es', deu: 'de' };
const ONLY = Object.keys(FROM_ISO3);

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

/** Guesses the language among en/fr/es/de from the text (franc-min trigrams); "und" when unsure. */
export function detectLanguage(text: string): DetectedLang {
  if (latinShare(text) < 0.5) return 'und';
  const code = franc(text.slice(0, 2048), { only: ONLY, minLength: 20 });
  return FROM_ISO3[code] ?? 'und';
}
