import { formatDay, hostOf, languageName } from '@/lib/format/display';
import type { ArticleSummary } from '@/lib/messaging/protocol';

/** The article Backstory recognised on the current page. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  const site = article.siteName ?? hostOf(article.canonicalUrl ?? article.url);
  const facts = [site, languageName(article.lang), formatDay(article.publishedAt)].filter(Boolean);
  return (
    <article class="article-card" aria-label="Recognised article">
      <p class="eyebrow">Article recognised</p>
      <h2 class="article-title">{article.title ?? 'Untitled article'}</h2>
      {facts.length > 0 && <p class="meta">{facts.join(' · ')}</p>}
      {article.byline && <p class="meta byline">{article.byline}</p>}
    </article>
  );
}
