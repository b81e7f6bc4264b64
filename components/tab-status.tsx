import { translateReason, type MessageKey } from '@/lib/i18n/translate';
import type { ArticleSummary, TabView } from '@/lib/messaging/protocol';
import { ArticleCard } from './article-card';
import { useI18n } from './i18n';

const SENTENCES: Record<Exclude<TabView['kind'], 'article' | 'failed'>, MessageKey> = {
  'not-article': 'statusNotArticle',
  paused: 'statusPaused',
  excluded: 'statusExcluded',
  private: 'statusPrivate',
  unsupported: 'statusUnsupported',
  pending: 'statusPending',
};

/** The current tab: its recognised article, or a plain sentence saying why there is none. */
export function TabStatus({
  view,
  onToggleSave,
  saving,
  onSelectEntity,
  showEntities,
}: {
  view: TabView | undefined;
  onToggleSave?(article: ArticleSummary): void;
  /** Key of the article being saved or unsaved. */
  saving?: string;
  onSelectEntity?(entityId: string): void;
  /** Lists the article's entities in its card (default false: the panel lists them). */
  showEntities?: boolean;
}) {
  const { t } = useI18n();
  if (!view) return <p class="status">{t('noTab')}</p>;
  if (view.kind === 'article') {
    const busy = saving === view.article.key;
    return (
      <ArticleCard
        article={view.article}
        onToggleSave={onToggleSave}
        busy={busy}
        onSelectEntity={onSelectEntity}
        showEntities={showEntities}
      />
    );
  }
  const sentence =
    view.kind === 'failed'
      ? t('statusFailed', view.reason)
      : view.kind === 'not-article' && view.reason
        ? t('statusNotArticleWhy', translateReason(t, view.reason))
        : t(SENTENCES[view.kind]);
  return (
    <p class="status" data-kind={view.kind}>
      {sentence}
    </p>
  );
}
