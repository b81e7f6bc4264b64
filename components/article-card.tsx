import { formatDay, hostOf, languageName } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';

export interface ArticleCardProps {
  article: ArticleSummary;
  /** Save or unsave; the button is shown only when given. */
  onToggleSave?(article: ArticleSummary): void;
  /** A save or unsave is in flight. */
  busy?: boolean;
}

/** The article Backstory recognised on the current page, with Save. */
export function ArticleCard({ article, onToggleSave, busy }: ArticleCardProps) {
  const site = article.siteName ?? hostOf(article.canonicalUrl ?? article.url);
  const facts = [site, languageName(article.lang), formatDay(article.publishedAt)].filter(Boolean);
  const saved = article.savedAt !== null;
  return (
    <article class="article-card" aria-label="Recognised article">
      <p class="eyebrow">{saved ? 'Article saved in your archive' : 'Article recognised'}</p>
      <h2 class="article-title">{article.title ?? 'Untitled article'}</h2>
      {facts.length > 0 && <p class="meta">{facts.join(' · ')}</p>}
      {article.byline && <p class="meta byline">{article.byline}</p>}
      <div class="card-actions">
        {onToggleSave && (
          <button
            type="button"
            aria-pressed={saved}
            disabled={busy}
            onClick={() => onToggleSave(article)}
          >
            {saved ? 'Saved — remove from archive' : 'Save to archive'}
          </button>
        )}
        {saved && (
          <a href={readerHref(article.key)} target="_blank" rel="noopener">
            Read saved copy
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
