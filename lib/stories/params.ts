/**
 * The numbers of story grouping. Sizes and caps bound the work and storage; the join decision
 * itself is learned (decision-model.json, fitted by npm run train:stories on the dev sets).
 */

/**
 * Entities and terms kept per article, and in a story's profile (the sum of its members'
 * vectors): its distinctive features, not its whole text, but wide enough to hold the details
 * by which stories on the same people differ. On ECB+ dev (nine orders of the documents, odd
 * and even topics apart), widening from 15/25 per article and 20/40 per story raised B-cubed F1
 * by about 0.01 (these sizes 0.852 mean; 30/100 and 40/200 gave 0.854 for 60% more storage).
 */
export const ARTICLE_ENTITIES = 20;
export const ARTICLE_TERMS = 60;
export const STORY_ENTITIES = 40;
export const STORY_TERMS = 150;
/** How many of a story's strongest features are indexed for retrieval. */
export const INDEXED_ENTITIES = 10;
export const INDEXED_TERMS = 15;

/**
 * Retrieval: the article's features queried, and stories taken per feature (newest first).
 * Six per feature keeps reading the (wider) candidate profiles within the time budget; on
 * ECB+ dev, 6 and 12 group identically.
 */
export const QUERY_ENTITIES = 6;
export const QUERY_TERMS = 8;
export const STORIES_PER_FEATURE = 6;
/**
 * Candidate stories read and scored per article, at most: those found by the most of its
 * features first. At 50,000 articles the queries find 40 to 50 stories, and reading and scoring
 * them is a large part of an add: one run of the bench's archive at 50,000, the cap and no cap
 * alternating over 300 adds on a loaded machine, gave mean 13.4 against 16.3 ms and p95 25.4
 * against 28.2 ms. On the dev sets an article has 3.6 (ECB+) and 6.0 (UCI) candidates on
 * average and one UCI headline more than 24: their groupings do not change.
 */
export const MAX_CANDIDATES = 24;

/**
 * Weight of shared entities against shared words, when both sides have entities and a language
 * in common. Even: entities tell who and where, words tell what happened.
 */
export const ENTITY_WEIGHT = 0.5;

/**
 * Time in the join decision (decision.ts): how near an article is to a story's newest, oldest
 * and mean dates, as a Gaussian of the gap with this width in days (Miranda et al. 2018 use
 * σ ≈ 3 days on news streams).
 */
export const TIME_SIGMA_DAYS = 3;

/**
 * A story whose dated articles all lie further than this from a dated article's date is not a
 * candidate for it at all (it went quiet; the two are at most related stories).
 */
export const QUIET_DAYS = 30;

/**
 * Documents assumed seen before the first, none with any given word or entity: in a young
 * archive every word counts as rare, rather than the first story's words counting as common.
 */
export const PRIOR_DOCS = 1000;

/** A related (earlier, other) story of a timeline shares at least this much by entities. */
export const RELATED_THRESHOLD = 0.15;

/** Stories a story keeps apart from after splits (StoryRow.splitFrom): the latest this many. */
export const SPLIT_MEMORY = 8;

/**
 * The fragment sweep (fragments.ts): a story of at most this many members is a fragment, taken
 * into a story of at least FRAGMENT_HOME_MIN that an article joins when it fits it as a whole.
 */
export const FRAGMENT_MAX_COUNT = 3;
export const FRAGMENT_HOME_MIN = 10;

/**
 * The story-pair pass (story-pass.ts): other stories weighed against the one an article joined,
 * at most this many (those found by the most of its query keys), and the latest members of the
 * smaller of the two read for their fits, at most this many.
 */
export const PASS_CANDIDATES = 8;
export const PASS_MEMBERS = 12;
