import { useState } from 'preact/hooks';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { saveFailedSentence, unreachedSentence } from '@/lib/i18n/translate';
import { otherReading } from '@/lib/ui/other-reading';
import { RECENT_LIMIT, type PanelState } from '@/lib/ui/panel-store';
import { EntityBackgrounds } from './entity-backgrounds';
import { EntityList } from './entity-list';
import { useI18n } from './i18n';
import { RecentArticles } from './recent-articles';
import { OutsideCoverage } from './outside-coverage';
import { inStory, StoryTimeline } from './story-timeline';
import { SearchBox, type SearchBoxProps } from './search-box';
import { SyncIndicator } from './sync-indicator';
import { TabStatus } from './tab-status';

export interface BackstoryPanelProps {
  state: PanelState;
  onOpenOptions?(): void;
  onOpenSidePanel?(): void;
  onToggleSave?(article: ArticleSummary): void;
  /** The archive search box; shown when given. */
  search?: SearchBoxProps;
  /** Brings up an entity's background card. */
  onSelectEntity?(entityId: string): void;
  /** Lists every story about a card's entity. */
  onShowEntityStories?(entityId: string): void;
  /** Takes an earlier article out of the current article's story, and back. */
  onSetApart?(entry: { key: string; title: string | null }): void;
  onUndoApart?(): void;
  /** Puts the current article, taken out of its story earlier, back in a story. */
  onPutBack?(article: ArticleSummary): void;
}

/**
 * The popup's and the side panel's content. The story comes first: a compact header (search at
 * hand), the current page (when it is in a story, the story's header is its card), the story's
 * name, what is new in it and its timeline; then background on its main entities, all the names
 * it has, outside coverage and the reader's other recent reading.
 */
export function BackstoryPanel({
  state,
  onOpenOptions,
  onOpenSidePanel,
  onToggleSave,
  search,
  onSelectEntity,
  onShowEntityStories,
  onSetApart,
  onUndoApart,
  onPutBack,
}: BackstoryPanelProps) {
  const { t } = useI18n();
  // The card the reader last asked for from the list of names (a new object each time: asked
  // twice, shown twice).
  const [reveal, setReveal] = useState<{ id: string; from?: HTMLElement | null }>();
  const current = state.view?.kind === 'article' ? state.view.article : undefined;
  const showStory = !state.loading && !!current;
  // In a story, the story's header is the article's card: one headline, not two.
  const merged = showStory && inStory(state.timeline);
  // Under an article, other reading only (what the story above lists is not said twice), and
  // nothing when there is none; elsewhere, all of it, or how the list fills.
  const recent = otherReading(state.recent, current, state.timeline, RECENT_LIMIT);
  return (
    <main class="panel" aria-busy={state.loading}>
      <header class="panel-header">
        <div class="panel-bar">
          <h1>{t('extName')}</h1>
          <nav class="actions" aria-label={t('extName')}>
            {onOpenSidePanel && (
              <button type="button" onClick={onOpenSidePanel}>
                {t('openSidePanel')}
              </button>
            )}
            {onOpenOptions && (
              <button type="button" onClick={onOpenOptions}>
                {t('options')}
              </button>
            )}
          </nav>
        </div>
        {search && <SearchBox {...search} />}
        <SyncIndicator status={state.sync} now={Date.now()} />
      </header>
      {(!merged || state.error || state.saveError) && (
        <section class="current" aria-label={t('thisPage')}>
          {state.loading && !state.view ? (
            <p class="status">{t('loading')}</p>
          ) : merged ? null : (
            <TabStatus
              view={state.view}
              onToggleSave={onToggleSave}
              saving={state.saving}
              onSelectEntity={onSelectEntity}
            />
          )}
          {state.error && (
            <p class="error" role="alert">
              {unreachedSentence(t, state.error, 'loadError')}
            </p>
          )}
          {state.saveError && (
            <p class="error" role="alert">
              {saveFailedSentence(t, state.saveError)}
            </p>
          )}
        </section>
      )}
      {showStory && current && (
        <StoryTimeline
          article={current}
          timeline={state.timeline}
          newInArticle={state.newInArticle}
          apart={state.apart}
          onSetApart={onSetApart}
          onUndoApart={onUndoApart}
          onPutBack={onPutBack && (() => onPutBack(current))}
          onToggleSave={onToggleSave}
          saving={state.saving}
        />
      )}
      {/* Background on its main entities right after the story, in the first screen; the list
          of all its names after it, each bringing its card into view. */}
      {current && (
        <EntityBackgrounds
          article={current}
          cards={state.cards}
          onShowStories={onShowEntityStories}
          reveal={reveal}
        />
      )}
      {current && (
        <EntityList
          entities={current.entities}
          onSelect={
            onSelectEntity &&
            ((id) => {
              // The name's button, for Escape in its card to come back to.
              setReveal({ id, from: document.activeElement as HTMLElement | null });
              onSelectEntity(id);
            })
          }
        />
      )}
      {state.view?.kind === 'article' && <OutsideCoverage outside={state.outside} />}
      {!state.loading && (!current || recent.length > 0) && <RecentArticles articles={recent} />}
    </main>
  );
}
