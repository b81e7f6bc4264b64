import type { LightArticle } from '../db/light-articles';
import type { ArticleSummary } from '../messaging/protocol';
import { foldLightRows } from '../stories/fold-light-rows';
import { lightCopy } from '../stories/timeline-copies';
import { summarize } from './tab-view';

/**
 * The recent reading (light rows, most recently read first) as "Recently read" lists it: one
 * text read on several sites (a wire story republished) is one item, the one read last, with
 * the others as its copies ("Also on …"), as a timeline folds them (fold-light-rows.ts). In
 * memory, over the rows already read: copies read far apart are not both in the list anyway.
 */
export function foldRecent(rows: readonly LightArticle[]): ArticleSummary[] {
  return foldLightRows(rows, (a, b) => a.lastReadAt > b.lastReadAt).map(({ row, copies }) =>
    copies.length ? { ...summarize(row), copies: copies.map(lightCopy) } : summarize(row),
  );
}
