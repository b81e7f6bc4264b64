import type { LightArticle } from '../db/light-articles';
import { siteOf } from '../url/article-key';
import { copyGroups } from './timeline-copies';

/** What telling a copy needs of a row: its site, its text's fingerprint and signature. */
export type RowText = Pick<
  LightArticle,
  'key' | 'url' | 'canonicalUrl' | 'textPrint' | 'nearPrint'
>;

/** One text of a list: the row kept, and the rows of other sites that are copies of it. */
export interface FoldedRow<R> {
  row: R;
  copies: R[];
}

/**
 * The rows of a list (an entity's other articles, the recent reading, the last articles about an
 * entity) that are one text read on several sites, folded as a timeline folds its entries
 * (timeline-copies.ts foldCopies, by the same groups: same fingerprint, near-copy signatures,
 * GROUP_MIN for chains): one item, the row of the group `before` puts first, with the rows of
 * other sites than it as its copies; two rows of one site stay two items (same-article.ts keeps
 * them apart for a reason). The order of `rows` is kept, each item where its kept row was. In
 * memory only (no read): pairwise over the signed rows, a few hundred at most.
 */
export function foldLightRows<R extends RowText>(
  rows: readonly R[],
  before: (a: R, b: R) => boolean,
): FoldedRow<R>[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const groups = copyGroups(
    rows,
    (k) => byKey.get(k)?.textPrint,
    (k) => byKey.get(k)?.nearPrint,
  );
  const copiesOf = new Map<R, R[]>();
  const gone = new Set<R>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const head = group.reduce((a, b) => (before(b, a) ? b : a));
    const site = siteOfRow(head);
    const copies = group.filter((r) => r !== head && siteOfRow(r) !== site);
    if (!copies.length) continue;
    for (const c of copies) gone.add(c);
    copiesOf.set(head, copies);
  }
  return rows.filter((r) => !gone.has(r)).map((row) => ({ row, copies: copiesOf.get(row) ?? [] }));
}

/** The site a row was read on (its own canonical address's, else its address's). */
export function siteOfRow(r: Pick<LightArticle, 'key' | 'url' | 'canonicalUrl'>): string | null {
  return siteOf(r.canonicalUrl ?? r.url ?? r.key) ?? siteOf(r.key);
}
