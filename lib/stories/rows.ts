/** A weighted feature of an article or story: an entity id or a "lang:stem" term, and its weight. */
export type Weighted = [feature: string, weight: number];

/** A key entity of a story, with the name to show for it. */
export interface StoryEntity {
  id: string;
  name: string;
  type: string;
  weight: number;
}

/**
 * A story: articles about one unfolding event or affair. Its profile (entities, terms) is the
 * sum of its members' unit vectors, cut to the strongest features, so that comparing a new
 * article with a story costs the same whatever the story's size.
 */
export interface StoryRow {
  /** "s" + a countdown in base 36 (frequencies.ts, storyIdOf): newer stories sort first. */
  id: string;
  /** Title of its most recent article (by date) that has one. */
  title: string | null;
  titleDate: number;
  /** Entity profile, strongest first; entityIds indexes them (multi-entry). */
  entities: StoryEntity[];
  entityIds: string[];
  /** Term profile ("lang:stem"), strongest first; termKeys indexes the strongest ones. */
  terms: Weighted[];
  termKeys: string[];
  langs: string[];
  /** Epoch ms of its earliest and latest article (publication date, else first read). */
  firstDate: number;
  lastDate: number;
  /** The same over its dated members only (see StoryMember.dated); null when none is. */
  datedFrom: number | null;
  datedTo: number | null;
  /** Sum and count of its dated members' dates, for their mean (absent on older rows). */
  datedSum?: number;
  datedCount?: number;
  count: number;
  /** The reader took its one article out of a story: nothing joins or merges with it. */
  apart?: true;
  /**
   * Stories this one was split from, or that were split off it (add-to-stories.ts, splitIfTwo):
   * it never merges with them again. The latest SPLIT_MEMORY.
   */
  splitFrom?: string[];
}

/** An article's membership in a story, with the features it was grouped by. */
export interface StoryMember {
  key: string;
  storyId: string;
  /** Epoch ms: publication date, else first read. */
  date: number;
  /** False when the date is only when the document was read and says nothing of its time. */
  dated: boolean;
  firstReadAt: number;
  /** When it entered this story (added, or moved by a merge): what "new" is measured by. */
  joinedAt: number;
  lang: string;
  title: string | null;
  url: string | null;
  siteName: string | null;
  saved: boolean;
  /** Unit vectors: entity id → salience × rarity, and "lang:stem" → TF-IDF. */
  entities: Weighted[];
  terms: Weighted[];
  /** Names of its entities, for the story's key entities. */
  names: Record<string, [name: string, type: string]>;
  /** What the features were read from: the same again means nothing to do. */
  signature: string;
  /**
   * The id of its article's row (and light row) when it was added, for a timeline to read its
   * light row by (one bulkGet for all its entries, not one indexed query per key); trusted only
   * when that row's key is this member's (else the row is read by key). Absent on members added
   * before, or from an article not stored (benchmarks, training).
   */
  articleId?: number;
  /** The reader said it is not part of the story it was in: it stays in a story of its own. */
  apart?: true;
}

/** A document frequency: "e:<entity id>" or "t:<lang>:<stem>", and "#docs", "#seq" counters. */
export interface StoryDfRow {
  k: string;
  n: number;
}
