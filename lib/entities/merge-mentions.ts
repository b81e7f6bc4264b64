import { ALIASES } from './aliases';
import { entityId, foldName, nameWords } from './fold-name';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import type { Mention } from './find-mentions';
import type { EntityType } from './tags';

/** A mention as the analyze output lists it. */
export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

/** One entity of an article: its mentions merged, with a salience in (0, 1]. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  salience: number;
  mentions: MentionSpan[];
}

/** Weight of a mention in the title, the lead paragraph, and elsewhere. */
export const WEIGHTS = { title: 3, lead: 2, body: 1 } as const;

// Words skipped when reading an acronym off its expansion.
const CONNECTORS = new Set(
  'of the and for de du des la le l d et pour y del los las el für der die das und von zur zum'.split(
    ' ',
  ),
);

let aliasRows: Map<string, number> | null = null;

function aliasRow(folded: string): number | undefined {
  if (!aliasRows) {
    aliasRows = new Map();
    ALIASES.forEach(([, ...names], row) => {
      for (const n of names) aliasRows?.set(foldName(n), row);
    });
  }
  return aliasRows.get(folded);
}

interface Group {
  type: EntityType;
  mentions: Mention[];
  words: Set<string>;
  multiWord: boolean;
  initials: Set<string>;
  row: number | undefined;
  score: number;
  name: string;
  nameWords: number;
}

function initialsOf(words: string[]): string[] {
  const content = words.filter((w) => !CONNECTORS.has(w));
  return [words, content].filter((ws) => ws.length > 1).map((ws) => ws.map((w) => w[0]).join(''));
}

// A headline's "PYONGYANG" yields its name to the body's "Pyongyang".
function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}.&-]{1,7}$/u.test(text);
}

/** The groups built so far, indexed for the lookups below. */
interface Index {
  byName: Map<string, Group>;
  byRow: Map<number, Group>;
  /** Multi-word people by each of their words. */
  peopleByWord: Map<string, Group[]>;
  /** Organisations and places by the initials of their name. */
  byInitials: Map<string, Group>;
}

/** Finds the group a mention belongs to, by name, alias, name parts or acronym. */
function findGroup(index: Index, m: Mention, folded: string, words: string[]): Group | undefined {
  const row = aliasRow(folded);
  const exact =
    index.byName.get(`${m.type}:${folded}`) ??
    (row !== undefined ? index.byRow.get(row) : undefined);
  if (exact) return exact;
  if (!words.length) return undefined;
  // "Poutine" after "Vladimir Poutine", "Kim" after "Kim Jong Un": the most-mentioned person wins.
  if (m.type === 'PER' || words.length === 1) {
    let best: Group | undefined;
    for (const g of index.peopleByWord.get(words[0] as string) ?? []) {
      if (!words.every((w) => g.words.has(w))) continue;
      if (!best || g.mentions.length > best.mentions.length) best = g;
    }
    if (best) return best;
  }
  return isAcronym(m.text) ? index.byInitials.get(words.join('')) : undefined;
}

/**
 * Merges mentions into entities: same name, curated aliases (OTAN/NATO), person name parts and
 * acronyms with their expansion. Title mentions only add salience; entities must occur in the text.
 */
export function mergeMentions(
  mentions: readonly Mention[],
  titleMentions: readonly Mention[] = [],
): Entity[] {
  const groups: Group[] = [];
  const index: Index = {
    byName: new Map(),
    byRow: new Map(),
    peopleByWord: new Map(),
    byInitials: new Map(),
  };
  const prepared = mentions.map((m) => {
    const folded = foldName(m.text);
    return { m, folded, words: nameWords(folded) };
  });
  prepared.sort((a, b) => b.words.length - a.words.length || a.m.start - b.m.start);
  for (const { m, folded, words } of prepared) {
    let g = findGroup(index, m, folded, words);
    if (!g) {
      const row = aliasRow(folded);
      // Curated aliases and country names fix the type: "España" is a place even where the
      // tagger read an organisation (a national team, a government).
      const known =
        row !== undefined ? ALIASES[row]?.[0] : getGazetteer().get(normalizeKey(m.text));
      g = {
        type: known ?? m.type,
        mentions: [],
        words: new Set(words),
        multiWord: words.length > 1,
        initials: new Set(initialsOf(words)),
        row,
        score: 0,
        name: m.text,
        nameWords: words.length,
      };
      groups.push(g);
      if (row !== undefined) index.byRow.set(row, g);
      if (g.type === 'PER' && g.multiWord) {
        for (const w of g.words) {
          index.peopleByWord.set(w, [...(index.peopleByWord.get(w) ?? []), g]);
        }
      }
      if (g.type !== 'PER') {
        for (const key of g.initials) if (!index.byInitials.has(key)) index.byInitials.set(key, g);
      }
    }
    index.byName.set(`${m.type}:${folded}`, g);
    g.mentions.push(m);
    g.score += m.lead ? WEIGHTS.lead : WEIGHTS.body;
    const better =
      words.length > g.nameWords ||
      (words.length === g.nameWords && isAllCaps(g.name) && !isAllCaps(m.text));
    if (better) {
      g.name = m.text;
      g.nameWords = words.length;
    }
  }
  for (const m of titleMentions) {
    const folded = foldName(m.text);
    const g = findGroup(index, m, folded, nameWords(folded));
    if (g) g.score += WEIGHTS.title;
  }
  const max = Math.max(1, ...groups.map((g) => g.score));
  return groups
    .map((g) => ({
      id: entityId(g.type, g.name),
      type: g.type,
      name: g.name.replace(/\s+/g, ' '),
      salience: Math.round((g.score / max) * 1000) / 1000,
      mentions: g.mentions
        .sort((a, b) => a.start - b.start)
        .map(({ start, end, text }) => ({ start, end, text })),
    }))
    .sort(
      (a, b) =>
        b.salience - a.salience || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
    );
}
