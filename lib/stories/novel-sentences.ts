import { segmentSentences } from '../entities/segment';
import { foldText } from '../search/fold';
import { stemWord } from '../search/stem';
import { tokenize } from '../search/tokenize';
import { STOPWORDS } from './stopwords';

/** An entity an article names, where (offsets into its text), and whether it is shown. */
export interface NamedEntity {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  mentions: { start: number; end: number }[];
  /** False: not confident of it (never named as news). Absent: shown. */
  shown?: boolean;
}

/** A text and the language its words are stemmed in; its entities when known. */
export interface LangText {
  text: string;
  lang: string | null;
  entities?: NamedEntity[];
}

/** A sentence of an article that what the reader read before does not say. */
export interface NovelSentence {
  text: string;
  /** UTF-16 offsets into the article's text. */
  start: number;
  end: number;
  /** Share of its content words absent from what was read before, in [0, 1]. */
  novelty: number;
  /**
   * Where in `text` its first new thing starts (a name none of the earlier articles named, else
   * a word they lack): what a folded preview must not hide ("… tandis que Total a promis").
   */
  lead?: number;
}

export interface NovelOptions {
  /** Most sentences returned (default 3). */
  limit?: number;
  /** Texts never offered: the headline, image captions (a caption restates the picture). */
  skip?: string[];
  /**
   * Least share of new content words for a sentence to be offered (default: any new word).
   * Where the reader read a near copy of the text (a credit, a dateline added), its sentences
   * differ from the copy's by a word or two: those are not news.
   */
  minNovelty?: number;
}

// A sentence shorter than this says too little to stand alone ("Corea del Norte").
const MIN_WORDS = 8;
const MIN_CONTENT_WORDS = 5;
// Lines that end without a sentence's punctuation are headings, bylines, tags and credits.
const SENTENCE_END = /[.!?…»"”’)]$/u;
// Boilerplate a news page repeats whatever the story.
const BOILERPLATE =
  /^(read more|lire aussi|lea también|leer más|subscribe|abonnez|suscríbete|sign up|advertisement|publicité|publicidad|©|copyright|photo|foto|credit|crédit)\b|all rights reserved|tous droits réservés|todos los derechos/iu;

/**
 * What an article adds to what the reader already read of its story: up to `limit` of its
 * sentences whose content words (stemmed, stopwords left out) least appear in the earlier
 * texts, most novel first by share then by count of new words, returned in text order. Words
 * only match within a language or where spelled alike (names). So when none of the earlier
 * texts is in the article's language, its words say nothing of what was read (every sentence
 * would look new, one the reader read in English as much as any): a sentence is then new only
 * when it names someone or something none of the earlier articles named (`entities`, by their
 * ids, the same in every language: a person, or an entity the knowledge base knows), and
 * nothing is offered without entities. Empty when nothing was read before. Skips short
 * sentences, lines without a sentence's end (headings, bylines, tags), boilerplate and the
 * texts in `skip`.
 */
export function novelSentences(
  current: LangText,
  before: LangText[],
  opts: NovelOptions = {},
): NovelSentence[] {
  const { limit = 3, minNovelty = 0 } = opts;
  if (!before.length || limit <= 0) return [];
  // In another language only: what it names, not its words.
  const byNames = !before.some((b) => sameLanguage(b.lang, current.lang));
  // Entities unknown on either side (rows stored before they were): nothing can be told.
  if (byNames && (!current.entities || before.some((b) => !b.entities))) return [];
  const known = new Set<string>();
  if (byNames) for (const b of before) for (const e of b.entities ?? []) known.add(e.id);
  else for (const b of before) for (const w of contentWords(b.text, b.lang)) known.add(w);
  const named = byNames ? crossLanguageEntities(current.entities ?? [], current.text) : [];
  const skip = new Set((opts.skip ?? []).map((s) => foldText(s.trim())));

  const scored: (NovelSentence & { fresh: number })[] = [];
  for (const { start, end } of segmentSentences(current.text, current.lang ?? 'und')) {
    const raw = current.text.slice(start, end);
    const text = raw.trim();
    // Where `text` starts in the article's text (its leading spaces trimmed).
    const at = start + raw.length - raw.trimStart().length;
    if (!SENTENCE_END.test(text) || BOILERPLATE.test(text) || skip.has(foldText(text))) continue;
    if (tokenize(text).length < MIN_WORDS) continue;
    const content = new Set(contentWords(text, current.lang));
    if (content.size < MIN_CONTENT_WORDS) continue;
    const words = byNames ? entitiesWithin(named, start, end) : content;
    if (!words.size) continue;
    let fresh = 0;
    for (const w of words) if (!known.has(w)) fresh++;
    if (!fresh || fresh / words.size < minNovelty) continue;
    const lead = byNames
      ? firstMention(named, known, at, end)
      : firstWord(text, current.lang, known);
    const novelty = fresh / words.size;
    scored.push({ text, start, end, novelty, fresh, ...(lead === undefined ? {} : { lead }) });
  }
  scored.sort((a, b) => b.novelty - a.novelty || b.fresh - a.fresh || a.start - b.start);
  return scored
    .slice(0, limit)
    .sort((a, b) => a.start - b.start)
    .map(({ fresh: _, ...sentence }) => sentence);
}

/** Where, from `start`, the first mention before `end` of an entity not `known` starts. */
function firstMention(
  entities: NamedEntity[],
  known: Set<string>,
  start: number,
  end: number,
): number | undefined {
  let first: number | undefined;
  for (const e of entities) {
    if (known.has(e.id)) continue;
    for (const m of e.mentions) {
      if (m.start >= start && m.end <= end && (first === undefined || m.start < first)) {
        first = m.start;
      }
    }
  }
  return first === undefined ? undefined : first - start;
}

/** The offset in `text` of its first content word whose stem is not `known`. */
function firstWord(text: string, lang: string | null, known: Set<string>): number | undefined {
  for (const { word, start } of tokenize(text)) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    if (!known.has(stemWord(word, lang))) return start;
  }
  return undefined;
}

/** Two languages alike by their primary subtag ("fr-CA" is "fr"); an unknown one may be any. */
function sameLanguage(a: string | null, b: string | null): boolean {
  const primary = (l: string | null) => (l ?? 'und').toLowerCase().split(/[-_]/)[0]!;
  const [x, y] = [primary(a), primary(b)];
  return x === 'und' || y === 'und' || x === y;
}

/**
 * The shown entities whose id is the same whatever language names them: a knowledge-base id
 * (per:Q7747 for Putin and Poutine), a person (a name is spelled alike across languages), or
 * an organisation named in one word in `text` (a brand or an acronym: "Total", "LVMH", "KCNA";
 * the French pledge article's one new name was Total, left out, and it offered nothing). A
 * place, or an organisation of several words, the knowledge base lacks gets an id from its name
 * as written, which another language translates ("Hôtel de Ville", "City Hall"; "ministère de
 * l'Intérieur"): not told new from read.
 */
function crossLanguageEntities(entities: NamedEntity[], text: string): NamedEntity[] {
  const oneWord = (e: NamedEntity) =>
    e.mentions.length > 0 && e.mentions.every((m) => !/\s/u.test(text.slice(m.start, m.end)));
  return entities.filter(
    (e) =>
      e.shown !== false &&
      (e.type === 'PER' || /:Q\d+$/.test(e.id) || (e.type === 'ORG' && oneWord(e))),
  );
}

/** The ids of the entities mentioned within [start, end). */
function entitiesWithin(entities: NamedEntity[], start: number, end: number): Set<string> {
  const ids = new Set<string>();
  for (const e of entities) {
    if (e.mentions.some((m) => m.start >= start && m.end <= end)) ids.add(e.id);
  }
  return ids;
}

/** The stems of a text's content words: no stopwords, no one- or two-letter words. */
function contentWords(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const { word } of tokenize(text)) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(stemWord(word, lang));
  }
  return out;
}
