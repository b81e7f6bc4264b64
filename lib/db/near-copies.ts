import type { LightArticle } from './light-articles';
import { isNearCopy } from './near-copy';
import { isLinked, linkedCopiesOfEach } from './copy-links';
import type { BackstoryDb } from './schema';

/**
 * Rows read per band: a band many rows share is a shingle they all carry (a site's boilerplate
 * line), not one text; a near copy shares several bands (near-copy.ts NEAR_BANDS), and is found
 * through another.
 */
const PER_BAND = 16;

/**
 * The light rows, of all articles read (in any story or none), whose text is a near copy of the
 * row's (isNearCopy on their signatures), itself left out: the rows sharing one of its bands
 * (LightArticle.nearBands, schema v16), NEAR_BANDS indexed reads of PER_BAND keys at most and
 * one read of the rows found, never a scan. A near copy shares no band with a chance of
 * (1 - J)^NEAR_BANDS (0.017 at the threshold, J = 0.4). Empty for a row without bands (a short
 * text, or a row not yet rewritten). A row linked when written (copy-links.ts, schema v17) has
 * its copies read from its groups instead (linkedCopiesOfEach), fewer reads, all its bands.
 */
export async function nearCopiesOf(db: BackstoryDb, row: LightArticle): Promise<LightArticle[]> {
  return (await nearCopiesOfEach(db, [row])).get(row.key) ?? [];
}

/**
 * nearCopiesOf for several rows at once (a timeline's entries), by key: each band read once
 * however many of the rows carry it (versions of one text share most of theirs), all reads
 * issued together, and one read of the rows found that were not given. `bandsOf(row)`: how many
 * of its bands are read (all by default); with b of them a near copy at Jaccard J is found with a
 * chance of 1 - (1 - J)^b; `perBandOf(row)`: how many rows are read per band (PER_BAND at most).
 * Rows linked when written (copy-links.ts isLinked) are read from their groups, all bands found.
 */
export async function nearCopiesOfEach(
  db: BackstoryDb,
  rows: readonly LightArticle[],
  bandsOf: (row: LightArticle) => number = () => Infinity,
  perBandOf: (row: LightArticle) => number = () => PER_BAND,
): Promise<Map<string, LightArticle[]>> {
  // Rows linked when written (copy-links.ts): their copies are read from their groups.
  const fromLinks = linkedCopiesOfEach(db.lightArticles, rows.filter(isLinked));
  const signed = rows
    .filter((r) => r.nearPrint && r.nearBands?.length && !isLinked(r))
    .map((r) => ({ r, bands: r.nearBands!.slice(0, bandsOf(r)) }));
  // Each band read once, as far as the row that reads furthest in it asks.
  const limits = new Map<number, number>();
  for (const { r, bands } of signed) {
    const n = Math.min(PER_BAND, perBandOf(r));
    for (const b of bands) limits.set(b, Math.max(limits.get(b) ?? 0, n));
  }
  const bands = [...limits.keys()];
  const ids = await Promise.all(
    bands.map((b) =>
      db.lightArticles.where('nearBands').equals(b).limit(limits.get(b)!).primaryKeys(),
    ),
  );
  const byBand = new Map(bands.map((b, i) => [b, ids[i]!]));
  const candidates = signed.map(({ r, bands }) => {
    const others = new Set(bands.flatMap((b) => byBand.get(b) ?? []));
    others.delete(r.id);
    return others;
  });
  // The rows given are not read again (each shares its own bands; a timeline's versions of one
  // text share each other's).
  const byId = new Map<number, LightArticle | undefined>(rows.map((r) => [r.id, r]));
  const missing = [...new Set(candidates.flatMap((c) => [...c]))].filter((id) => !byId.has(id));
  if (missing.length) {
    const found = await db.lightArticles.bulkGet(missing);
    missing.forEach((id, i) => byId.set(id, found[i]));
  }
  const out = new Map<string, LightArticle[]>();
  signed.forEach(({ r }, i) => {
    const near: LightArticle[] = [];
    for (const id of candidates[i]!) {
      const c = byId.get(id);
      if (
        c &&
        c.key !== r.key &&
        c.nearPrint !== undefined &&
        isNearCopy(r.nearPrint!, c.nearPrint)
      ) {
        near.push(c);
      }
    }
    out.set(r.key, near);
  });
  for (const [key, near] of await fromLinks) out.set(key, near);
  return out;
}
