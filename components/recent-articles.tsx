import { formatAgo, formatDay, hostOf } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { safeHref } from '@/lib/url/safe-href';
import { readerHref } from './article-card';
import { Facts } from './facts';
import { Headline } from './headline';
import { useI18n } from './i18n';
import { AlsoOn } from './story-timeline';

/**
 * The articles read most recently, newest first, each a link to the original with its site,
 * its publication date and, labelled, when the reader read it ("Read 2 hr. ago"); one text read
 * on several sites is one item, "Also on" the others (foldRecent).
 */
export function RecentArticles({
  articles,
  now = Date.now(),
}: {
  articles: ArticleSummary[];
  /** The present, for "2 hr. ago" (tests fix it). */
  now?: number;
}) {
  const { t, locale } = useI18n();
  const read = (ms: number) => {
    const ago = formatAgo(ms, now, locale);
    return ago ? t('recentReadAgo', ago) : t('recentReadOn', formatDay(ms, locale) ?? '');
  };
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recentHeading')}</h2>
      {articles.length === 0 ? (
        <p class="status">{t('recentEmpty')}</p>
      ) : (
        <ol class="recent-list">
          {articles.map((a) => {
            const href = safeHref(a.canonicalUrl) ?? safeHref(a.url) ?? safeHref(a.key);
            // A headline in its own language, for screen readers.
            const titleLang = a.title && a.lang && a.lang !== 'und' ? a.lang : undefined;
            return (
              <li key={a.key}>
                {href ? (
                  <a
                    class="recent-title"
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    lang={titleLang}
                  >
                    <Headline text={a.title ?? t('untitled')} />
                  </a>
                ) : (
                  <span class="recent-title" lang={titleLang}>
                    <Headline text={a.title ?? t('untitled')} />
                  </span>
                )}
                <span class="meta">
                  <Facts
                    pairLast
                    items={[
                      a.siteName ?? hostOf(a.key),
                      formatDay(a.publishedAt, locale),
                      read(a.lastReadAt),
                      a.savedAt !== null && (
                        <a href={readerHref(a.key)} target="_blank" rel="noopener">
                          {t('savedCopy')}
                        </a>
                      ),
                    ]}
                  />
                </span>
                {a.copies?.length ? <AlsoOn copies={a.copies} title={a.title} /> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
