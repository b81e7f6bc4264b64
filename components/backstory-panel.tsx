import type { ArticleSummary } from '@/lib/messaging/protocol';
import type { PanelState } from '@/lib/ui/panel-store';
import { RecentArticles } from './recent-articles';
import { TabStatus } from './tab-status';

export interface BackstoryPanelProps {
  state: PanelState;
  onOpenOptions?(): void;
  onOpenSidePanel?(): void;
  onToggleSave?(article: ArticleSummary): void;
}

/** The popup's and the side panel's content: the current page, then recent reading. */
export function BackstoryPanel({
  state,
  onOpenOptions,
  onOpenSidePanel,
  onToggleSave,
}: BackstoryPanelProps) {
  return (
    <main class="panel" aria-busy={state.loading}>
      <header class="panel-header">
        <h1>Backstory</h1>
        <nav class="actions" aria-label="Backstory">
          {onOpenSidePanel && (
            <button type="button" onClick={onOpenSidePanel}>
              Open side panel
            </button>
          )}
          {onOpenOptions && (
            <button type="button" onClick={onOpenOptions}>
              Options
            </button>
          )}
        </nav>
      </header>
      <section class="current" aria-label="This page">
        {state.loading && !state.view ? (
          <p class="status">Loading…</p>
        ) : (
          <TabStatus view={state.view} onToggleSave={onToggleSave} saving={state.saving} />
        )}
        {state.error && (
          <p class="error" role="alert">
            Backstory could not load this: {state.error}
          </p>
        )}
      </section>
      {!state.loading && <RecentArticles articles={state.recent} />}
    </main>
  );
}
