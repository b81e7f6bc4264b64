import type { ArticleSummary, TabView } from '@/lib/messaging/protocol';
import { ArticleCard } from './article-card';

const SENTENCES: Record<Exclude<TabView['kind'], 'article' | 'failed'>, string> = {
  'not-article': 'This page does not look like a news article, so Backstory left it alone.',
  paused: 'Recording is paused: Backstory is not remembering what you read. Turn it on in Options.',
  excluded:
    'Backstory never records this site (mail, banking, health and the sites you listed in Options).',
  private: 'This is a private window. Backstory never records private browsing.',
  unsupported: 'Backstory reads web pages (http and https) only, not this page.',
  pending:
    'Backstory has not read this page yet. If it was open before Backstory was installed, reload it.',
};

/** The current tab: its recognised article, or a plain sentence saying why there is none. */
export function TabStatus({
  view,
  onToggleSave,
  saving,
}: {
  view: TabView | undefined;
  onToggleSave?(article: ArticleSummary): void;
  /** Key of the article being saved or unsaved. */
  saving?: string;
}) {
  if (!view) return <p class="status">No tab to show.</p>;
  if (view.kind === 'article') {
    const busy = saving === view.article.key;
    return <ArticleCard article={view.article} onToggleSave={onToggleSave} busy={busy} />;
  }
  const sentence =
    view.kind === 'failed'
      ? `Backstory could not store this article (${view.reason}). Nothing else was changed; reload the page to try again.`
      : view.kind === 'not-article' && view.reason
        ? `This page does not look like a news article (${view.reason}), so Backstory left it alone.`
        : SENTENCES[view.kind];
  return (
    <p class="status" data-kind={view.kind}>
      {sentence}
    </p>
  );
}
