import { formatDay, hostOf, languageName } from '@/lib/format/display';
import { safeHref } from '@/lib/url/safe-href';
import type { ArticleTimeline, SavedCopy } from '@/lib/messaging/protocol';
import { EntityList } from './entity-list';
import { useI18n } from './i18n';
import { StoryTimeline } from './story-timeline';

export interface ReaderViewProps {
  copy: SavedCopy;
  /** Turns stored HTML into safe HTML (DOMPurify); the view never renders anything else. */
  sanitize(html: string): string;
  /** Its earlier coverage; undefined while it loads. */
  timeline?: ArticleTimeline | null;
}

/**
 * What the reader page says when it has no article to show (none asked for, not found, still
 * loading): in the interface's font under the extension's name, not as bare article text.
 */
export function ReaderStatus({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <main class="reader-status">
      <h1>{t('extName')}</h1>
      <p class="status" role="status">
        {message}
      </p>
    </main>
  );
}

/**
 * A saved article, readable offline: the sanitised HTML when saved with it, else the text; then
 * its people, places and organisations, and its earlier coverage.
 */
export function ReaderView({ copy, sanitize, timeline }: ReaderViewProps) {
  const { t, locale } = useI18n();
  const { article, html } = copy;
  const source = safeHref(article.canonicalUrl) ?? safeHref(article.url);
  const facts = [
    article.siteName ?? hostOf(source),
    languageName(article.lang, locale),
    formatDay(article.publishedAt, locale),
  ].filter(Boolean);
  return (
    <main class="reader" lang={article.lang ?? undefined}>
      <p class="meta">
        {article.savedAt !== null
          ? t('readerSavedOn', formatDay(article.savedAt, locale) ?? '')
          : t('readerHistory')}
        {source && (
          <>
            {' · '}
            <a href={source} target="_blank" rel="noopener noreferrer">
              {t('original')}
            </a>
          </>
        )}
      </p>
      <h1>{article.title ?? t('untitled')}</h1>
      {facts.length > 0 && <p class="meta">{facts.join(' · ')}</p>}
      {article.byline && <p class="meta">{article.byline}</p>}
      {html !== null ? (
        // Sanitised right here, whatever was stored: nothing from a page runs in this view.
        <div class="reader-body" dangerouslySetInnerHTML={{ __html: sanitize(html) }} />
      ) : (
        <div class="reader-body">
          {article.text.split('\n\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {article.captions.length > 0 && (
        <section class="captions" aria-label={t('captionsLabel')}>
          {article.captions.map((c, i) => (
            <p key={i}>
              {c.text}
              {c.credit && ` (${c.credit})`}
            </p>
          ))}
        </section>
      )}
      <EntityList entities={article.entities} />
      <StoryTimeline article={article} timeline={timeline} />
    </main>
  );
}
