import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { formatDay } from '@/lib/format/display';
import type { SearchHit } from '@/lib/messaging/protocol';
import { formatNumber, unreachedSentence } from '@/lib/i18n/translate';
import { ALL_RESULTS, resultsCapped, type SearchState } from '@/lib/ui/search-store';
import { safeHref } from '@/lib/url/safe-href';
import { readerHref } from './article-card';
import { useI18n } from './i18n';
import { AlsoOn } from './story-timeline';

export interface SearchBoxProps {
  state: SearchState;
  onQuery(query: string): void;
  onIncludeHistory(include: boolean): void;
  /**
   * Escape in the empty box, where nothing is left to clear: the popup closes (a search field
   * keeps Escape from the browser, which would close the popup on it anywhere else).
   */
  onEscapeEmpty?(): void;
}

/**
 * Search over the archive: results as you type, matched words marked, full keyboard use
 * (↓ from the box into the results, ↑/↓ between them, Escape back to the box and clears it;
 * Escape in the empty box is `onEscapeEmpty`'s).
 */
export function SearchBox({ state, onQuery, onIncludeHistory, onEscapeEmpty }: SearchBoxProps) {
  const { t, locale } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const links = () => Array.from(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.current?.focus();
      else all[at - 1]?.focus();
    } else if (e.key === 'Escape') {
      if (e.target === input.current && !state.query) {
        onEscapeEmpty?.();
        return;
      }
      if (at >= 0 || state.query) e.preventDefault();
      onQuery('');
      input.current?.focus();
    }
  };

  return (
    <section class="search" aria-label={t('searchLabel')} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        role="searchbox"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={state.query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {/* Offered once there is something to search: the field stays one line at the top. */}
      {(state.query || state.includeHistory) && (
        <label class="meta">
          <input
            type="checkbox"
            checked={state.includeHistory}
            onChange={(e) => onIncludeHistory((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('includeHistory')}
        </label>
      )}
      {state.error && (
        <p class="error" role="alert">
          {unreachedSentence(t, state.error, 'searchError')}
        </p>
      )}
      {state.query.trim() && (
        <div aria-live="polite" aria-busy={state.searching || !!state.loadingMore}>
          {state.hits.length === 0 ? (
            <p class="status">
              {state.searching
                ? t('searching')
                : // Only saved articles searched: the box above offers the ones only read, once.
                  t(state.includeHistory ? 'noResults' : 'noResultsSaved')}
            </p>
          ) : (
            // While a newer query runs, the last one's results stay, faded: not its answer.
            <ol
              ref={list}
              class={state.searching ? 'results stale' : 'results'}
              aria-label={t('resultsLabel')}
            >
              {state.hits.map((hit) => (
                <li key={hit.key}>
                  <ResultLink
                    href={hit.savedAt !== null ? readerHref(hit.key) : safeHref(hit.key)}
                    title={hit.title ?? t('untitled')}
                  />
                  <span class="meta">
                    {[hit.siteName, formatDay(hit.publishedAt, locale)].filter(Boolean).join(' · ')}
                  </span>
                  {hit.copies?.length ? <AlsoOn copies={hit.copies} title={hit.title} /> : null}
                  <Snippet snippet={hit.snippet} />
                </li>
              ))}
            </ol>
          )}
          {resultsCapped(state) && (
            <p class="meta capped">{t('resultsCapped', formatNumber(ALL_RESULTS, locale))}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** A result's title: a link to the original or the saved copy, plain text for any other key. */
function ResultLink({ href, title }: { href: string | undefined; title: string }) {
  if (!href) return <span>{title}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}

/** The snippet as text with the matched words in <mark>, built from offsets (never HTML). */
export function Snippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  const spans = [...snippet.highlights].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of spans) {
    if (start < at || end <= start || end > snippet.text.length) continue;
    parts.push(
      snippet.text.slice(at, start),
      <mark key={start}>{snippet.text.slice(start, end)}</mark>,
    );
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return <p class="snippet">{parts}</p>;
}
