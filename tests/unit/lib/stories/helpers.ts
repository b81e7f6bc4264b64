import type { StoredArticle, StoredEntity } from '@/lib/db/schema';
import type { StoryMember, Weighted } from '@/lib/stories/rows';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 2, 1, 9);

/** An entity with a salience, typed by its id's prefix. */
export const ent = (id: string, salience = 1): StoredEntity => ({
  id,
  type: id.startsWith('loc:') ? 'LOC' : id.startsWith('org:') ? 'ORG' : 'PER',
  name: id.replace(/^\w+:/, '').replace(/-/g, ' '),
  salience,
  mentions: [],
});

/** A stored article published `day` days after T0 and read an hour later. */
export function story(
  n: number,
  opts: {
    day: number;
    text: string;
    entities: StoredEntity[];
    lang?: string;
    title?: string;
    savedAt?: number;
    readAt?: number;
  },
): StoredArticle {
  const published = T0 + opts.day * DAY;
  const read = opts.readAt ?? published + 3_600_000;
  return {
    key: `https://news.example/${n}`,
    url: `https://news.example/${n}?utm_source=x`,
    canonicalUrl: `https://news.example/${n}`,
    title: opts.title ?? `Article ${n}`,
    byline: null,
    siteName: 'News Example',
    lang: opts.lang ?? 'en',
    publishedAt: new Date(published).toISOString(),
    excerpt: null,
    text: opts.text,
    modifiedAt: null,
    section: null,
    imageUrl: null,
    description: null,
    captions: [],
    firstReadAt: read,
    lastReadAt: read,
    readCount: 1,
    savedAt: opts.savedAt,
    entities: opts.entities,
    entityIds: opts.entities.map((e) => e.id),
  };
}

export const QUAKE_EN =
  'A powerful earthquake struck the coast near Valparaiso, collapsing buildings and cutting ' +
  'power. Rescue teams searched the rubble for survivors as aftershocks shook the port. ' +
  'The government declared a state of emergency in the region.';
export const QUAKE_EN_2 =
  'Rescue teams in Valparaiso pulled more survivors from the rubble after the earthquake. ' +
  'Aftershocks kept residents outdoors and power was restored to part of the port city. ' +
  'The death toll rose as the state of emergency continued.';
export const QUAKE_FR =
  'Les secours ont retrouvé de nouveaux survivants dans les décombres de Valparaiso, ' +
  'trois jours après le séisme. Les répliques inquiètent toujours les habitants du port.';
export const ELECTION_EN =
  'Voters in Oslo chose a new parliament on Sunday, with the opposition coalition winning a ' +
  'majority of seats. Turnout was high and the ballots were counted overnight. ' +
  'The prime minister conceded defeat and congratulated the winner.';
export const BUDGET_EN =
  'The finance minister presented the budget in Ottawa, promising lower taxes and more ' +
  'spending on housing. Economists questioned the deficit forecast and the bond market fell.';

/** The entities of the earthquake articles (QUAKE_EN, QUAKE_EN_2, QUAKE_FR). */
export const quake = [ent('loc:valparaiso'), ent('loc:Q298', 0.5), ent('org:onemi', 0.4)];

/** The key of story(n). */
export const key = (n: number) => `https://news.example/${n}`;

/**
 * The member row of article `n` (key(n), "Article n") in story `storyId`, dated `date`, first read
 * and joined at `readAt`, with its entity and term vectors as given.
 */
export function memberRow(
  n: number,
  storyId: string,
  date: number,
  readAt: number,
  entities: Weighted[],
  terms: Weighted[],
): StoryMember {
  return {
    key: key(n),
    storyId,
    date,
    dated: true,
    firstReadAt: readAt,
    joinedAt: readAt,
    lang: 'en',
    title: `Article ${n}`,
    url: null,
    siteName: null,
    saved: false,
    entities,
    terms,
    names: {},
    signature: String(n),
  };
}
