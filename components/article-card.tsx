import { formatDay, hostOf, languageName } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { EntityList } from './entity-list';
import { useI18n } from './i18n';

export interface ArticleCardProps {
  article: ArticleSummary;
  /** Save or unsave; the button is shown only when given. */
  onToggleSave?(article: ArticleSummary): void;
  /** A save or unsave is in flight. */
  busy?: boolean;
  /** Brings up an entity's background card. */
  onSelectEntity?(entityId: string): void;
}

/** The article Backstory recognised on the current page, with Save. */
export function ArticleCard({ article, onToggleSave, busy, onSelectEntity }: ArticleCardProps) {
  const { t, locale } = useI18n();
  const site = article.siteName ?? hostOf(article.canonicalUrl ?? article.url);
  const facts = [
    site,
    languageName(article.lang, locale),
    formatDay(article.publishedAt, locale),
  ].filter(Boolean);
  const saved = article.savedAt !== null;
  return (
    <article class="article-card" aria-label={t('cardLabel')}>
      <p class="eyebrow">{saved ? t('eyebrowSaved') : t('eyebrowRecognised')}</p>
      <h2 class="article-title">{article.title ?? t('untitled')}</h2>
      {facts.length > 0 && <p class="meta">{facts.join(' · ')}</p>}
      {article.byline && <p class="meta byline">{article.byline}</p>}
      <EntityList entities={article.entities} onSelect={onSelectEntity} />
      <div class="card-actions">
        {onToggleSave && (
          <button
            type="button"
            aria-pressed={saved}
            disabled={busy}
            onClick={() => onToggleSave(article)}
          >
            {saved ? t('savedButton') : t('saveButton')}
          </button>
        )}
        {saved && (
          <a href={readerHref(article.key)} target="_blank" rel="noopener">
            {t('readSaved')}
          </a>
        )}
      </div>
    </article>
  );
}

/** The reader page for a saved article (relative: popup and side panel share its origin). */
export function readerHref(key: string): string {
  return `reader.html?key=${encodeURIComponent(key)}`;
}
