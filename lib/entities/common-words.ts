import { foldName } from './fold-name';
import data from './model/common-words.json';

type Band = 'mostly' | 'often';
const LANGS = ['en', 'es', 'fr', 'de'];
let sets: Map<string, Map<string, Band>> | null = null;

function bands(): Map<string, Map<string, Band>> {
  if (sets) return sets;
  const json = data as unknown as Record<string, { mostly: string; often: string }>;
  sets = new Map();
  for (const lang of LANGS) {
    const words = new Map<string, Band>();
    for (const band of ['often', 'mostly'] as const) {
      for (const w of (json[lang]?.[band] ?? '').split(' ')) if (w) words.set(w, band);
    }
    sets.set(lang, words);
  }
  return sets;
}

/**
 * How the language's running text writes a word outside names (lib/entities/model/common-words.json,
 * counted on the NER training sets): 'mostly' in lower case ("radio", "staff"), 'often'
 * ("justicia", "palais"), or undefined (a name, or a word too rare to tell).
 */
export function commonWordBand(word: string, lang: string): Band | undefined {
  const l = lang.slice(0, 2).toLowerCase();
  return bands()
    .get(LANGS.includes(l) ? l : 'en')
    ?.get(foldName(word));
}
