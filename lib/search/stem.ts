import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';

type Stemmer = (word: string) => string;

const STEMMERS: Record<string, Stemmer> = {
  en: stemEnglish,
  fr: stemFrench,
  de: stemGerman,
  es: stemSpanish,
};

/** Languages whose words are stemmed; other languages are indexed as folded words. */
export const STEMMED_LANGS = Object.keys(STEMMERS);

const MAX_CACHE = 50_000;
const caches = new Map<string, Map<string, string>>();
const STEMMABLE_RE = /^[a-z]{3,}$/;

/**
 * The index term for a folded word in a document of `lang`: its Snowball stem for fr/en/es/de,
 * else the word itself. Stems are taken of folded words on both sides, so "Corée" and "coree"
 * meet.
 */
export function stemWord(word: string, lang: string | null): string {
  const stem = lang && Object.hasOwn(STEMMERS, lang) ? STEMMERS[lang] : undefined;
  if (!stem || !STEMMABLE_RE.test(word)) return word;
  let cache = caches.get(lang!);
  if (!cache) caches.set(lang!, (cache = new Map()));
  let out = cache.get(word);
  if (out === undefined) {
    out = stem(word) || word;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, out);
  }
  return out;
}

/** Every term a folded query word may be indexed under: itself and its stem in each language. */
export function termVariants(word: string): string[] {
  const out = new Set([word]);
  for (const lang of STEMMED_LANGS) out.add(stemWord(word, lang));
  return [...out];
}
