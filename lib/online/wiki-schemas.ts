import * as v from 'valibot';

const QID = v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/));
const HTTP_URL = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i));

/** action=wbsearchentities: the candidates, best first (other fields are ignored). */
export const SearchEntitiesSchema = v.object({
  search: v.array(v.object({ id: QID })),
});

const Term = v.object({ language: v.string(), value: v.string() });

const Statement = v.object({
  rank: v.optional(v.string()),
  mainsnak: v.object({
    snaktype: v.string(),
    datavalue: v.optional(v.object({ value: v.unknown() })),
  }),
});

const Item = v.object({
  id: QID,
  labels: v.optional(v.record(v.string(), Term), {}),
  descriptions: v.optional(v.record(v.string(), Term), {}),
  // An item without claims or sitelinks comes back with [] instead of {}.
  claims: v.optional(
    v.union([
      v.record(v.string(), v.array(Statement)),
      v.pipe(
        v.array(v.never()),
        v.transform((): Record<string, v.InferOutput<typeof Statement>[]> => ({})),
      ),
    ]),
    {},
  ),
  sitelinks: v.optional(
    v.union([
      v.record(v.string(), v.object({ title: v.string() })),
      v.pipe(
        v.array(v.never()),
        v.transform((): Record<string, { title: string }> => ({})),
      ),
    ]),
    {},
  ),
});

const Missing = v.object({ id: v.string(), missing: v.string() });

/** action=wbgetentities: id → item, or a "missing" marker. */
export const GetEntitiesSchema = v.object({
  entities: v.record(v.string(), v.union([Missing, Item])),
});

export type WikidataItem = v.InferOutput<typeof Item>;

/** REST v1 /page/summary/{title}: plain-text extract only (extract_html is never read). */
export const PageSummarySchema = v.object({
  type: v.optional(v.string()),
  /** The title in URL form ("Vladimir_Putin"); titles.normalized is the readable one. */
  title: v.string(),
  titles: v.optional(v.object({ normalized: v.optional(v.string()) })),
  extract: v.string(),
  lang: v.optional(v.string()),
  content_urls: v.object({ desktop: v.object({ page: HTTP_URL }) }),
});

/** What is cached for a lookup: the background, or "no such entity". */
export const WikiCacheValueSchema = v.union([
  v.object({
    found: v.literal(true),
    qid: QID,
    label: v.string(),
    description: v.nullable(v.string()),
    summary: v.optional(
      v.object({ title: v.string(), extract: v.string(), url: HTTP_URL, lang: v.string() }),
    ),
    fetchedAt: v.number(),
  }),
  v.object({ found: v.literal(false), fetchedAt: v.number() }),
]);
