import { formatDay, hostOf } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { readerHref } from './article-card';
import { useI18n } from './i18n';

/** The articles read most recently, newest first, each a link to the original. */
export function RecentArticles({ articles }: { articles: ArticleSummary[] }) {
  const { t, locale } = useI18n();
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recentHeading')}</h2>
      {articles.length === 0 ? (
        <p class="status">{t('recentEmpty')}</p>
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
                {a.title ?? t('untitled')}
              </a>
              <span class="meta">
                {[
                  a.siteName ?? hostOf(a.key),
                  formatDay(new Date(a.lastReadAt).toISOString(), locale),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {a.savedAt !== null && (
                  <>
                    {' · '}
                    <a href={readerHref(a.key)} target="_blank" rel="noopener">
                      {t('savedCopy')}
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
