import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredArticle } from '../../db/schema';
import { documentToArticle, type StoryDocument } from '../group-documents';

/** A labelled dev document: a story document with its gold story. */
export interface GoldDocument extends StoryDocument {
  story_id: string;
  topic?: number;
}

/** One dev set, in stream order, with its articles (entities found) and a fold per document. */
export interface StorySet {
  name: string;
  docs: GoldDocument[];
  articles: StoredArticle[];
  gold: string[];
  /** 0 or 1: which half of the stories the document's story is in (cross-fitting). */
  fold: number[];
  /** The unit the halves split by, per document: its topic in ECB+, its story elsewhere. */
  unit?: string[];
}

/** When the dev documents count as read: long after any of them was published. */
export const READ_AT = Date.UTC(2026, 0, 1);

/** The dev sets under a corpus folder: ECB+ (full texts, few dates) and UCI (dated headlines). */
export const STORY_SETS = {
  ecbplus: 'stories/ecbplus/ecbplus-dev.jsonl',
  uci: 'stories/uci-news-dev.jsonl',
} as const;

/** A stable 32-bit hash (FNV-1a) of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Reads a dev set. Documents are put in stream order (by published_at where given, the file's
 * order otherwise, stably); folds split the stories in two halves: ECB+ by topic parity (the two
 * events of a topic stay together), others by a hash of the story id.
 */
export function loadStorySet(corpus: string, name: keyof typeof STORY_SETS): StorySet | null {
  const file = join(corpus, STORY_SETS[name]);
  if (!existsSync(file)) return null;
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDocument)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.published_at ?? '').localeCompare(b.d.published_at ?? '') || a.i - b.i)
    .map(({ d }) => d);
  return {
    name,
    docs,
    articles: docs.map((d) => documentToArticle(d, READ_AT)),
    gold: docs.map((d) => d.story_id),
    fold: docs.map((d) => (d.topic !== undefined ? d.topic % 2 : hash(d.story_id) % 2)),
    unit: docs.map((d) => (d.topic !== undefined ? `topic ${d.topic}` : d.story_id)),
  };
}

/**
 * The set with the halves of cross-fitting drawn again: repeat 0 is the set's own split (ECB+ by
 * topic parity, others by a hash of the story id: the figures of earlier runs); repeat r > 0
 * orders the units (topics, stories) by a hash seeded with r and deals them out in turn, so
 * the halves hold as many units each (±1). A cross-fitted figure averaged over repeats hangs
 * less on where one story (and what the fold model makes of it) falls.
 */
export function repartition(set: StorySet, repeat: number): StorySet {
  if (repeat === 0 || !set.unit) return set;
  const units = [...new Set(set.unit)]
    .map((u) => ({ u, h: hash(`${repeat}:${u}`) }))
    .sort((a, b) => a.h - b.h || (a.u < b.u ? -1 : 1));
  const half = new Map(units.map(({ u }, k) => [u, k % 2]));
  return { ...set, fold: set.unit.map((u) => half.get(u)!) };
}

/** The documents of one fold, in stream order. */
export function foldOf(set: StorySet, fold: number): StorySet {
  const keep = set.fold.map((f, i) => (f === fold ? i : -1)).filter((i) => i >= 0);
  return {
    name: `${set.name}/${fold}`,
    docs: keep.map((i) => set.docs[i]!),
    articles: keep.map((i) => set.articles[i]!),
    gold: keep.map((i) => set.gold[i]!),
    fold: keep.map(() => fold),
    ...(set.unit && { unit: keep.map((i) => set.unit![i]!) }),
  };
}
