import { existsSync, readFileSync } from 'node:fs';
import type { LightArticle } from '../../lib/db/light-articles';
import { nearCopySignature } from '../../lib/db/near-copy';

/**
 * The synthetic archive of light rows that bench:near and bench:write store: texts of ECB+ words
 * drawn at random by their frequency, one line in ten an ECB+ sentence drawn whole (so that
 * boilerplate lines and quotes are shared, as in an archive).
 */

export interface EcbDoc {
  doc_id: string;
  text: string;
}

/** The ECB+ dev texts under the corpus folder `dir`; says so and exits when they are missing. */
export function readEcbDev(dir: string): EcbDoc[] {
  const path = `${dir}/stories/ecbplus/ecbplus-dev.jsonl`;
  if (!existsSync(path)) {
    console.error(
      `\n!!! ECB+ DEV SET NOT FOUND: ${path}\n!!! Give the corpus folder as the second argument.\n`,
    );
    process.exit(2);
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EcbDoc);
}

/** A seeded linear congruential generator in [0, 1) (the benches' draws, the same each run). */
export function seededDraws(seed = 7): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Texts of 8-27 lines drawn from `docs` with `rnd`: 20 words by frequency, or a whole sentence. */
export function fillerTexts(docs: readonly EcbDoc[], rnd: () => number): () => string {
  const sentences = docs.flatMap((d) => d.text.split('\n').filter((s) => s.split(' ').length > 4));
  const vocabulary = sentences.flatMap((s) => s.split(' '));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return () => {
    const n = 8 + Math.floor(rnd() * 20);
    return Array.from({ length: n }, () =>
      rnd() < 0.1 ? pick(sentences) : Array.from({ length: 20 }, () => pick(vocabulary)).join(' '),
    ).join('\n');
  };
}

/** The light row of a text read on one of 97 sites, with its near-copy signature. */
export function benchLightRow(id: number, text: string): LightArticle {
  const sig = nearCopySignature(text);
  return {
    id,
    key: `https://site${id % 97}.example/${id}`,
    url: null,
    canonicalUrl: null,
    title: null,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedAt: null,
    firstReadAt: id,
    lastReadAt: id,
    readCount: 1,
    entities: [],
    entityIds: [],
    ...(sig ? { nearPrint: sig.print, nearBands: sig.bands } : {}),
  };
}
