import { isNearCopy } from '../db/near-copy';
import type { StoredArticle } from '../db/schema';
import { siteOf } from '../url/article-key';

/** What telling a copy needs of an article. */
export type TextOf = Pick<StoredArticle, 'key' | 'textPrint' | 'nearPrint' | 'nearBands'>;

interface Listed<T> {
  site: string | null;
  nearPrint?: string;
  item: T;
}

/**
 * The texts a list of results holds so far, to tell whether an article is another site's copy
 * of one of them: the same fingerprint (StoredArticle.textPrint, long texts), or a near copy
 * (isNearCopy on their signatures: the same text give or take a credit line, a dateline, a
 * paragraph), as a timeline folds them (lib/stories/timeline-copies.ts); two of one site stay
 * apart. Near copies are looked for among the texts sharing a band of the signature (nearBands,
 * as the light rows' index): a search may list thousands of results, and comparing each with all
 * those before it would cost their square.
 */
export class ListedTexts<T> {
  private byPrint = new Map<string, Listed<T>[]>();
  private byBand = new Map<number, Listed<T>[]>();

  /** The first listed text `a` is another site's copy of, if any. */
  copyOf(a: TextOf): T | undefined {
    // A short text has neither: no copy is told (and no address parsed).
    if (!a.textPrint && !a.nearPrint) return undefined;
    const site = siteOf(a.key);
    if (site === null) return undefined;
    const other = (l: Listed<T>) => l.site !== null && l.site !== site;
    if (a.textPrint) {
      const same = this.byPrint.get(a.textPrint)?.find(other);
      if (same) return same.item;
    }
    if (!a.nearPrint) return undefined;
    for (const band of a.nearBands ?? []) {
      for (const l of this.byBand.get(band) ?? []) {
        if (other(l) && l.nearPrint && isNearCopy(l.nearPrint, a.nearPrint)) return l.item;
      }
    }
    return undefined;
  }

  /** Lists `a`, under `item`. */
  add(a: TextOf, item: T): void {
    if (!a.textPrint && !a.nearPrint) return;
    const l: Listed<T> = { site: siteOf(a.key), item };
    if (a.textPrint) push(this.byPrint, a.textPrint, l);
    if (a.nearPrint) {
      l.nearPrint = a.nearPrint;
      for (const band of a.nearBands ?? []) push(this.byBand, band, l);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
