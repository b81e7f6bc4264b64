import type { LightArticle } from './light-articles';
import { isNearCopy } from './near-copy';
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
 * text, or a row not yet rewritten).
 */
export async function nearCopiesOf(
  db: BackstoryDb,
  row: Pick<LightArticle, 'key' | 'nearPrint' | 'nearBands'> & { id?: number },
): Promise<LightArticle[]> {
  const { nearPrint, nearBands } = row;
  if (!nearPrint || !nearBands?.length) return [];
  const ids = await Promise.all(
    nearBands.map((b) =>
      db.lightArticles.where('nearBands').equals(b).limit(PER_BAND).primaryKeys(),
    ),
  );
  const others = new Set(ids.flat());
  if (row.id !== undefined) others.delete(row.id);
  const found = await db.lightArticles.bulkGet([...others]);
  return found.filter(
    (r): r is LightArticle =>
      r !== undefined &&
      r.key !== row.key &&
      r.nearPrint !== undefined &&
      isNearCopy(nearPrint, r.nearPrint),
  );
}
