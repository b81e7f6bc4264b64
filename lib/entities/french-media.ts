import { foldName } from './fold-name';
import type { EntityType, TokenSpan } from './tags';

// French broadcasters and papers whose name opens with a place or a common word, by that word:
// what follows it in the name. France 2, France 3, France 5, France 24, France Ô, France Info
// (franceinfo), France Inter, France Culture, France Bleu, France Musique, France Télévisions;
// Europe 1; Paris Match, Paris Première; Sud Radio, Sud Ouest. A closed list: the whole French
// press names them, and the tagger reads the first word alone as the place (France's card, then,
// would describe the channel) or the two as a person.
const MEDIA: Record<string, Set<string>> = {
  France: new Set('2 3 4 5 24 ô info inter culture bleu musique télévisions'.split(' ')),
  Europe: new Set(['1']),
  Paris: new Set(['match', 'première']),
  Sud: new Set(['radio', 'ouest']),
};
// A number after the place that is a quantity or a score, not a channel: "en France 3
// millions", "France 2-1", "France 2 - 1" (a dash before a word is a separator: "France 2 –
// Grève").
const QUANTITY_AFTER = /^(?:\d.*|millions?|milliards?|mille|fois|ans|%|euros?|€)$/iu;

function isMediaName(first: string, second: string | undefined): boolean {
  return second !== undefined && !!MEDIA[first]?.has(second.toLowerCase());
}

/**
 * A French medium the tagger read as a place or a person ("l'invitée de France info",
 * "Reportage France 3", "sur Europe 1", "selon Paris Match"): the span of the first word alone,
 * then the rest of the medium's name, or of the whole name, becomes the organisation of both
 * words. `null` when the span is no such name.
 */
export function broadcasterSpan(words: readonly string[], s: TokenSpan): TokenSpan | null {
  const first = words[s.start] as string;
  if (s.end - s.start === 2) {
    return isMediaName(first, words[s.start + 1]) ? { ...s, type: 'ORG' } : null;
  }
  if (s.end - s.start !== 1 || !isMediaName(first, words[s.end])) return null;
  if (/^\d+$/u.test(words[s.end] as string)) {
    const after = words[s.end + 1] ?? '';
    const score = /^[-–:]$/u.test(after) && /^\d/u.test(words[s.end + 2] ?? '');
    if (score || QUANTITY_AFTER.test(after)) return null;
  }
  return { ...s, end: s.end + 1, type: 'ORG' };
}

// The article a French paper's name opens with, by the word the sentence writes before the rest
// of the name: "selon le Figaro", "l'indépendance du Figaro", "aux Echos".
const ARTICLE_OF = new Map([
  ['le', 'Le'],
  ['du', 'Le'],
  ['au', 'Le'],
  ['la', 'La'],
  ['les', 'Les'],
  ['des', 'Les'],
  ['aux', 'Les'],
]);

/**
 * A paper the KB knows by a name that opens with an article ("Le Figaro", "Le Parisien", "Les
 * Echos"), its article written lower case or contracted before the rest ("selon le Figaro", "du
 * Figaro"), read as a place or a person: an organisation. The span keeps the rest alone, as
 * gold sets write it; an article written with its capital ("Article Le Parisien") joins it. `kbType` is the KB's type of a name (lookupName).
 */
export function articleMediumType(
  words: readonly string[],
  s: TokenSpan,
  kbType: (name: string) => string | undefined,
): TokenSpan | null {
  if (s.type === 'ORG') return null;
  const before = words[s.start - 1] ?? '';
  const article = ARTICLE_OF.get(before) ?? ARTICLE_OF.get(before.toLowerCase());
  if (!article) return null;
  const name = `${article} ${words.slice(s.start, s.end).join(' ')}`;
  if (kbType(name) !== 'ORG') return null;
  // Written with its capital ("Article Le Parisien"), the article is the name's.
  return before === article ? { ...s, start: s.start - 1, type: 'ORG' } : { ...s, type: 'ORG' };
}

// The article a French name opens with, written (or contracted) just before the rest of the name
// in running text: "du Figaro", "au Parisien", "des Echos", "selon le Monde", "au Caire".
const ARTICLE_BEFORE = /(?<![\p{L}\p{M}])(le|du|au|la|les|des|aux)\s+$/iu;

/**
 * The KB's name of a paper or a place whose article the text writes before the mention, lower
 * case or contracted ("du Figaro", "au Parisien": articleMediumType keeps the rest alone as the
 * span; "au Caire", "du Caire"), so that "du Figaro" and "Le Figaro" are one entity, the KB's:
 * "Le Figaro". Only a name the KB knows in full, of the mention's type; `null` else.
 */
export function articleFullName(
  text: string,
  m: { start: number; text: string; type: string },
  kbType: (name: string) => string | undefined,
): string | null {
  if (m.type !== 'ORG' && m.type !== 'LOC') return null;
  const before = ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 5), m.start));
  const article = before ? ARTICLE_OF.get((before[1] as string).toLowerCase()) : undefined;
  if (!article) return null;
  const name = `${article} ${m.text}`;
  return kbType(name) === m.type ? name : null;
}

// French towns whose name opens with an article that the sentence contracts: "le port du Havre",
// "au Mans", "du Touquet", "aux Sables-d'Olonne". The tagger's span keeps the rest ("Havre"), a
// name that no KB or city list holds (the towns are under 200,000 people). A closed list, folded:
// towns the national press names.
const ARTICLE_TOWNS = new Set(
  [
    'Le Havre',
    'Le Mans',
    'Le Touquet',
    'Le Bourget',
    'Le Creusot',
    'Le Puy-en-Velay',
    'Le Cannet',
    'Le Blanc-Mesnil',
    'Le Kremlin-Bicêtre',
    'Le Perreux-sur-Marne',
    'Le Chesnay',
    'Le Vésinet',
    'Le Raincy',
    'Le Lamentin',
    'Le Tampon',
    'Le Lavandou',
    'Le Croisic',
    'Le Grau-du-Roi',
    'Les Mureaux',
    'Les Ulis',
    'Les Lilas',
    "Les Sables-d'Olonne",
    'Les Herbiers',
    'Les Abymes',
  ].map((t) => foldName(t)),
);

/**
 * The name of a French town written with its article ("Le Havre") for a place whose mention the
 * text writes after the article, lower case or contracted ("le port du Havre", "au Mans"): the
 * card's name, not "Havre". `null` when no mention is so written or the town is not one of
 * ARTICLE_TOWNS. For display only (findEntities renames after the confidence): the name is
 * evidence the confidence reads, and "Le Havre" would read as a two-word name opening on a
 * common word (en46: fr-hipe shown P 0.920 -> 0.919 when the name was changed before).
 */
export function articleTownName(
  text: string,
  e: { type: string; mentions: readonly { start: number; text: string }[] },
): string | null {
  if (e.type !== 'LOC') return null;
  for (const m of e.mentions) {
    const before = ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 5), m.start));
    const article = before ? ARTICLE_OF.get((before[1] as string).toLowerCase()) : undefined;
    if (!article) continue;
    const name = `${article} ${m.text}`;
    if (ARTICLE_TOWNS.has(foldName(name))) return name;
  }
  return null;
}

// Words a French paper's name written as one hyphened compound holds, first or last: "Nice-Matin",
// "Paris-Soir", "L'Ouest-Éclair", "Presse-Océan", "Centre-Presse", "Paris-Journal", "Nord-Éclair",
// "Var-Matin", "Paris-Dimanche". No place's or person's hyphened name holds them, so the tagger's
// place ("Nice" in it) or person is the paper.
// Module constants: tsx/esbuild rebuilds a /\p{…}/u literal on every call (speed37).
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}]*$/u;
const INITIAL_LOWER = /^\p{Ll}/u;
const LOWER_WORD = /^(?:[dl]['’])?\p{Ll}/u;

const PAPER_PARTS = new Set(['matin', 'soir', 'eclair', 'presse', 'journal', 'hebdo', 'dimanche']);

/**
 * A French paper named by a hyphened compound with a word of the press ("à l'Ouest-Eclair",
 * "selon Paris-Soir", "Nice-Matin rapporte"), read as a place or a person: an organisation. The
 * hyphen may stand alone between the words (a tokenised text: "Ouest - Eclair"). `null` else.
 */
export function hyphenedPaperSpan(words: readonly string[], s: TokenSpan): TokenSpan | null {
  if (s.type === 'ORG') return null;
  const parts = words
    .slice(s.start, s.end)
    .join(' ')
    .split(/\s*[-‐]\s*/u);
  if (parts.length < 2 || parts.some((p) => !CAPITALISED.test(p))) return null;
  return parts.some((p) => PAPER_PARTS.has(foldName(p)))
    ? { ...s, type: 'ORG', typedByRule: true }
    : null;
}

// Those who write for a paper or read it, and its columns, before "du", "des" or "de la" and its
// name: "le correspondant parisien du Times", "les lecteurs du Figaro", "l'éditorialiste de la
// Stampa", "dans les colonnes du Temps". "Envoyé" and "édition" are left out: a state has envoys
// ("l'envoyé du Kremlin"), a paper editions by town ("l'édition du Havre").
const PRESS_PEOPLE =
  /^(?:correspondante?s?|chroniqueu(?:r|se)s?|éditorialistes?|rédact(?:eur|rice)s?|journalistes?|lect(?:eur|rice)s?|abonnée?s?|colonnes|rédaction)$/u;

/**
 * A name read as a place or a person right after a paper's correspondent, journalist, readers or
 * columns and "du", "des" or "de la", a lower-case word or two between them ("le correspondant
 * parisien du Times", "le rédacteur en chef du Temps"): the paper, an organisation. A "de" alone
 * is left ("notre correspondant de Berne" writes from the town). `known` is the KB's or the
 * gazetteer's type of the name: a place it knows stays ("le correspondant du Caire").
 */
export function afterPressPeople(
  words: readonly string[],
  s: TokenSpan,
  known: EntityType | undefined,
): boolean {
  if (s.type === 'ORG' || known) return false;
  let k = s.start - 1;
  const link = (words[k] ?? '').toLowerCase();
  if (link === 'la' && (words[k - 1] ?? '').toLowerCase() === 'de') k--;
  else if (link !== 'du' && link !== 'des') return false;
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const w = words[i] as string;
    if (PRESS_PEOPLE.test(w.toLowerCase().replace(/^[dl]['’]/u, ''))) return startsLowerWord(w);
    if (!INITIAL_LOWER.test(w)) return false;
  }
  return false;
}

function startsLowerWord(w: string): boolean {
  return LOWER_WORD.test(w);
}
