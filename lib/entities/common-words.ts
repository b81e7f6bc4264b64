import { foldName } from './fold-name';
import data from './model/common-words.json';
import type { EntityType } from './tags';

type Band = 'mostly' | 'often';
const LANGS = ['en', 'es', 'fr', 'de'];
let sets: Map<string, Map<string, Band>> | null = null;
let named: Map<string, Map<string, EntityType>> | null = null;

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

/**
 * The type a one-word name, folded (foldName: "clinton"), nearly always takes in the language's
 * NER training sets ("Clinton" PER, "Bosnia" LOC; lib/entities/model/common-words.json), or
 * undefined (unseen, rare or mixed).
 */
export function trainedNameType(folded: string, lang: string): EntityType | undefined {
  if (!named) {
    const json = data as unknown as Record<string, Partial<Record<EntityType, string>>>;
    named = new Map();
    for (const l of LANGS) {
      const types = new Map<string, EntityType>();
      for (const t of ['PER', 'LOC', 'ORG'] as const) {
        for (const w of (json[l]?.[t] ?? '').split(' ')) if (w) types.set(w, t);
      }
      named.set(l, types);
    }
  }
  const l = lang.slice(0, 2).toLowerCase();
  return named.get(LANGS.includes(l) ? l : 'en')?.get(folded);
}
