import { formatDay, hostOf } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { readerHref } from './article-card';

/** The articles read most recently, newest first, each a link to the original. */
export function RecentArticles({ articles }: { articles: ArticleSummary[] }) {
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently read</h2>
      {articles.length === 0 ? (
        <p class="status">Nothing yet. Open a news article and it will appear here.</p>
      ) : (
        <ol class="recent-list">
          {articles.map((a) => (
            <li key={a.key}>
              <a
                class="recent-title"
                href={a.canonicalUrl ?? a.url ?? a.key}
                target="_blank"
                rel="noopener noreferrer"
              >
                {a.title ?? 'Untitled article'}
              </a>
              <span class="meta">
                {[a.siteName ?? hostOf(a.key), formatDay(new Date(a.lastReadAt).toISOString())]
                  .filter(Boolean)
                  .join(' · ')}
                {a.savedAt !== null && (
                  <>
                    {' · '}
                    <a href={readerHref(a.key)} target="_blank" rel="noopener">
                      saved copy
                    </a>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
