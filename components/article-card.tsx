import { formatDay, hostOf, languageName } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { EntityList } from './entity-list';
import { Facts } from './facts';
import { Headline } from './headline';
import { useI18n } from './i18n';
import { shownByline } from '@/lib/format/byline';

export interface ArticleCardProps {
  article: ArticleSummary;
  /** Save or unsave; the button is shown only when given. */
  onToggleSave?(article: ArticleSummary): void;
  /** A save or unsave is in flight. */
  busy?: boolean;
  /** Brings up an entity's background card. */
  onSelectEntity?(entityId: string): void;
  /** Lists its entities in the card; the panel lists them after the story instead (default). */
  showEntities?: boolean;
}

/** The article Backstory recognised on the current page, with Save. */
export function ArticleCard({
  article,
  onToggleSave,
  busy,
  onSelectEntity,
  showEntities = false,
}: ArticleCardProps) {
  const { t, locale } = useI18n();
  const site = article.siteName ?? hostOf(article.canonicalUrl ?? article.url);
  const facts = [
    site,
    languageName(article.lang, locale),
    formatDay(article.publishedAt, locale),
    // On the same line: the card stays short, the story under it in the first screen. Not the
    // newsroom's own ("la rédaction"): the site's name says it.
    shownByline(article.byline),
  ].filter(Boolean);
  const saved = article.savedAt !== null;
  return (
    <article class="article-card" aria-label={t('cardLabel')}>
      <div class="card-top">
        <p class="eyebrow">{saved ? t('eyebrowSaved') : t('eyebrowRecognised')}</p>
        <CardActions article={article} onToggleSave={onToggleSave} busy={busy} />
      </div>
      <h2 class="article-title">
        <Headline text={article.title ?? t('untitled')} />
      </h2>
      {facts.length > 0 && (
        <p class="meta">
          <Facts items={facts} />
        </p>
      )}
      {showEntities && <EntityList entities={article.entities} onSelect={onSelectEntity} />}
    </article>
  );
}

/** Save (a toggle that says its state) and, once saved, a link to the saved copy. */
export function CardActions({
  article,
  onToggleSave,
  busy,
}: Pick<ArticleCardProps, 'article' | 'onToggleSave' | 'busy'>) {
  const { t } = useI18n();
  const saved = article.savedAt !== null;
  if (!onToggleSave && !saved) return null;
  return (
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
  );
}

/** The reader page for a saved article (relative: popup and side panel share its origin). */
export function readerHref(key: string): string {
  return `reader.html?key=${encodeURIComponent(key)}`;
}
