import { kbEntry } from '../kb/lookup';
import { foldName, nameWords } from './fold-name';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import type { Entity } from './merge-mentions';
import { isCommonNoun } from './refine-spans';

/**
 * The confidence from which an entity is shown (cards, chips, underlines). Chosen on the NER dev
 * sets by one rule, printed by `npm run bench:entities`: the lowest threshold at which the pooled
 * precision of what is shown reaches 0.95; where none does (today: strict boundary and type
 * errors on full names are confident too), the highest that keeps 85% of the correct mentions.
 */
export const SHOWN_FROM = 0.4;

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u;

/** What the confidence of one entity is read from. */
export interface ConfidenceEvidence {
  /** The KB or the country/alias gazetteer knows the entity. */
  known: boolean;
  /** Words of its longest name. */
  words: number;
  /** Mentions in the document. */
  mentions: number;
  /** A one-word name the document also writes in lower case ("État" and "l'état"). */
  lowerInText: boolean;
  type: Entity['type'];
  acronym: boolean;
  /** The tagger's best margin on its mentions; absent when rules or consistency found it. */
  margin?: number;
  /** A one-word common noun of the language ("République", "Estado", "Staff", "Click"). */
  commonNoun: boolean;
}

/**
 * A confidence in [0, 1] that an entity is a real name of its type: KB or gazetteer
 * confirmation, a name of several words, repeated mentions; against it, a one-word name the
 * text also uses in lower case, and a lone one-word person the KB does not know.
 */
export function confidenceOf(e: ConfidenceEvidence): number {
  let c = 0.4;
  if (e.known) c += 0.5;
  if (e.words > 1) c += 0.3;
  if (e.mentions >= 2) c += 0.15;
  if (e.mentions >= 3) c += 0.1;
  if (e.acronym && !e.known) c += 0.05;
  if (e.lowerInText) c -= 0.4;
  if (e.commonNoun) c -= 0.6;
  // The tagger's doubt: on the dev sets, spans it scores 12 above any other reading are right
  // far more often than those it prefers by less than nothing (transitions forced them).
  if (e.margin !== undefined && e.margin >= 12) c += 0.1;
  if (e.margin !== undefined && e.margin < 0) c -= 0.1;
  if (e.words === 1 && e.type === 'PER' && !e.known) c -= 0.1;
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}

/** The lower-case words of a text, folded ("état" from "l'état"), for the capitalisation evidence. */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(foldName(m[0]));
  return out;
}

/** The entities with their confidence and whether they are shown (confidence ≥ SHOWN_FROM). */
export function withConfidence(entities: Entity[], text: string, lang = 'en'): Entity[] {
  let lower: Set<string> | null = null;
  return entities.map((e) => {
    const words = nameWords(foldName(e.name));
    let lowerInText = false;
    if (words.length === 1) {
      lower ??= lowerCaseWords(text);
      lowerInText = lower.has(words[0] as string);
    }
    const confidence = confidenceOf({
      known: !!kbEntry(e.id) || getGazetteer().has(normalizeKey(e.name)),
      words: words.length,
      mentions: e.mentions.length,
      lowerInText,
      type: e.type,
      acronym: ACRONYM.test(e.name),
      ...(e.margin !== undefined ? { margin: e.margin } : {}),
      commonNoun: words.length === 1 && isCommonNoun(e.name, lang),
    });
    return { ...e, confidence, shown: confidence >= SHOWN_FROM };
  });
}
