import { useEffect, useState } from 'preact/hooks';
import { failedSentence, notArticleSentence, type MessageKey } from '@/lib/i18n/translate';
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

/**
 * How long a page may take to be read before the panel says what to do if it stays so: a page
 * still loading is read within a second or two, and "reload the page" is no advice for it.
 */
export const PENDING_HINT_MS = 5000;

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
  const stuck = useStuck(view?.kind === 'pending');
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
      ? failedSentence(t, view.reason)
      : view.kind === 'not-article'
        ? notArticleSentence(t, view.reason)
        : view.kind === 'pending' && stuck
          ? t('statusPendingStuck')
          : t(SENTENCES[view.kind]);
  return (
    <p class="status" data-kind={view.kind}>
      {sentence}
    </p>
  );
}

/** Whether the page has been waited for PENDING_HINT_MS while `pending` (reset when it is not). */
function useStuck(pending: boolean): boolean {
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    setStuck(false);
    if (!pending) return;
    const timer = setTimeout(() => setStuck(true), PENDING_HINT_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  return stuck;
}
