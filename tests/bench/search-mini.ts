/**
 * The baseline of `npm run bench:search`, MiniSearch as the rejected design used it: its
 * documents and options, shared by the page (which queries it) and the worker thread that
 * builds it (search-baseline.ts).
 */
import type { StoredArticle } from '../../lib/db/schema';
import { words } from '../../lib/search/tokenize';

export interface MiniDoc {
  id: number;
  title: string;
  text: string;
  lang: string;
  site: string;
  saved: boolean;
}

/** The same tokens as lib/search (folded), unstemmed. */
export const MINI_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['lang', 'site', 'saved'],
  tokenize: words,
  processTerm: (term: string) => term,
};

/** The baseline's document for a stored article. */
export function miniDoc(r: StoredArticle): MiniDoc {
  return {
    id: r.id!,
    title: r.title ?? '',
    text: r.text,
    lang: r.lang ?? '',
    site: new URL(r.key).hostname,
    saved: !!r.savedAt,
  };
}
