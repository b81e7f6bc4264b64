/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox, Snippet } from '@/components/search-box';
import { parseQuery } from '@/lib/search/parse-query';
import type { SearchHit } from '@/lib/messaging/protocol';
import { ALL_RESULTS, type SearchState } from '@/lib/ui/search-store';
import { french } from './in-french';

const hit = (key: string, title: string, savedAt: number | null): SearchHit => ({
  key,
  title,
  siteName: 'News 24',
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  savedAt,
  score: 1,
  snippet: { text: 'Poutine se rend à Pyongyang', highlights: [[18, 27]] },
});

const state = (over: Partial<SearchState>): SearchState => ({
  query: 'pyongyang',
  includeHistory: false,
  hits: [],
  searching: false,
  ...over,
});

describe('SearchBox', () => {
  it('shows a French reader a filter written in French, one the search reads as a filter', () => {
    render(french(<SearchBox state={state({})} onQuery={() => {}} onIncludeHistory={() => {}} />));
    const placeholder = screen.getByRole('searchbox').getAttribute('placeholder')!;
    const [filter] = placeholder.match(/\p{L}+:\S+/u) ?? [];
    expect(filter).toBe('personne:Poutine');
    expect(parseQuery(filter!).entities).toEqual([
      { type: 'per', id: 'per:q7747', words: ['poutine'] },
    ]);
  });

  it('lists results with the matched words marked, saved ones opening the saved copy', () => {
    render(
      <SearchBox
        state={state({
          hits: [
            hit('https://a.example/1', 'Kim et Poutine', 5),
            hit('https://b.example/2', 'Read only', null),
          ],
        })}
        onQuery={() => {}}
        onIncludeHistory={() => {}}
      />,
    );
    const results = screen.getByRole('list', { name: 'Search results' });
    const links = within(results).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'reader.html?key=https%3A%2F%2Fa.example%2F1',
      'https://b.example/2',
    ]);
    expect(results.querySelectorAll('mark')[0]!.textContent).toBe('Pyongyang');
  });

  it('lists one text on several sites as one result, also on the others, each linked', () => {
    render(
      <SearchBox
        state={state({
          hits: [
            {
              ...hit('https://a.example/1', 'Kim et Poutine', 5),
              copies: [
                {
                  key: 'https://b.example/2',
                  url: 'https://b.example/2',
                  siteName: 'Wire Two',
                  title: 'Poutine à Pyongyang',
                  date: '2024-06-19T08:00:00.000Z',
                  saved: false,
                },
                {
                  key: 'https://c.example/3',
                  url: 'https://c.example/3',
                  siteName: null,
                  title: null,
                  date: '',
                  saved: true,
                },
              ],
            },
          ],
        })}
        onQuery={() => {}}
        onIncludeHistory={() => {}}
      />,
    );
    const [item] = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
      'listitem',
    );
    expect(item!.textContent).toContain('Also on Wire Two, c.example');
    expect(
      within(item!).getByRole('link', { name: 'Same text on Wire Two: Poutine à Pyongyang' }),
    ).toHaveProperty('href', 'https://b.example/2');
    // Saved: its saved copy; named by the result's headline when it has none.
    expect(
      within(item!)
        .getByRole('link', { name: 'Same text on c.example: Kim et Poutine' })
        .getAttribute('href'),
    ).toBe('reader.html?key=https%3A%2F%2Fc.example%2F3');
  });

  it('says when nothing saved matches, and offers the articles only read once, not twice', () => {
    const onIncludeHistory = vi.fn();
    const { unmount } = render(
      <SearchBox state={state({})} onQuery={() => {}} onIncludeHistory={onIncludeHistory} />,
    );
    // Not "nothing in your archive": the articles only read, in the archive too, were not
    // searched, and a first search, before anything is saved, would say so of every word.
    expect(screen.queryByText('Nothing in your archive matches.')).toBeNull();
    expect(screen.getByText('No saved article matches.')).toBeTruthy();
    // One offer to search them: the box under the field, ticked at once.
    expect(screen.getAllByText(/only read/)).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include articles only read' }));
    expect(onIncludeHistory).toHaveBeenCalledWith(true);
    unmount();
    render(
      french(
        <SearchBox state={state({})} onQuery={() => {}} onIncludeHistory={onIncludeHistory} />,
      ),
    );
    expect(screen.getByText('Aucun article enregistré ne correspond.')).toBeTruthy();
    expect(screen.getAllByText(/seulement lus/)).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says in plain words when the background did not answer the search', () => {
    render(
      <SearchBox
        state={state({ error: 'Could not establish connection. Receiving end does not exist.' })}
        onQuery={() => {}}
        onIncludeHistory={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Backstory did not answer: it may have been restarting. Close this and open it again.',
    );
  });

  it('says when nothing matches, and sends what is typed', () => {
    const onQuery = vi.fn();
    render(
      <SearchBox
        state={state({ includeHistory: true })}
        onQuery={onQuery}
        onIncludeHistory={() => {}}
      />,
    );
    expect(screen.getByText('Nothing in your archive matches.')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search your archive' }), {
      target: { value: 'coree' },
    });
    expect(onQuery).toHaveBeenCalledWith('coree');
  });

  it('is usable with the keyboard: arrows move through results, Escape clears', () => {
    const onQuery = vi.fn();
    render(
      <SearchBox
        state={state({
          hits: [hit('https://a.example/1', 'One', 5), hit('https://a.example/2', 'Two', 5)],
        })}
        onQuery={onQuery}
        onIncludeHistory={() => {}}
      />,
    );
    const box = screen.getByRole('searchbox');
    box.focus();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('One');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Two');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onQuery).toHaveBeenLastCalledWith('');
  });

  it('leaves Escape in the empty box to close the popup, and clears a box with words first', () => {
    const onEscapeEmpty = vi.fn();
    const onQuery = vi.fn();
    const { rerender } = render(
      <SearchBox
        state={state({})}
        onQuery={onQuery}
        onIncludeHistory={() => {}}
        onEscapeEmpty={onEscapeEmpty}
      />,
    );
    const box = screen.getByRole('searchbox');
    box.focus();
    // Words in the box: Escape empties it, the popup stays.
    expect(fireEvent.keyDown(box, { key: 'Escape' })).toBe(false);
    expect(onQuery).toHaveBeenLastCalledWith('');
    expect(onEscapeEmpty).not.toHaveBeenCalled();
    rerender(
      <SearchBox
        state={state({ query: '' })}
        onQuery={onQuery}
        onIncludeHistory={() => {}}
        onEscapeEmpty={onEscapeEmpty}
      />,
    );
    // Empty: the next Escape closes the popup.
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onEscapeEmpty).toHaveBeenCalledOnce();
  });
});

describe('SearchBox with many results', () => {
  const many = Array.from({ length: ALL_RESULTS }, (_, i) =>
    hit(`https://a.example/${i}`, `Putin ${i}`, 5),
  );

  it('says a full list is the closest matches of more, and how to narrow it, in French too', () => {
    const box = (hits: SearchHit[]) => (
      <SearchBox state={state({ hits })} onQuery={() => {}} onIncludeHistory={() => {}} />
    );
    const { rerender } = render(box(many));
    expect(screen.getAllByRole('listitem')).toHaveLength(ALL_RESULTS);
    expect(
      screen.getByText(`The ${ALL_RESULTS} closest matches. Add a word to narrow the search.`),
    ).toBeTruthy();
    // Fewer than that: all that matched, nothing to say.
    rerender(box(many.slice(1)));
    expect(screen.queryByText(/closest matches/)).toBeNull();
    cleanup();
    render(french(box(many)));
    expect(
      screen.getByText(
        `Les ${ALL_RESULTS} résultats les plus proches. Ajoutez un mot pour affiner la recherche.`,
      ),
    ).toBeTruthy();
  });
});

describe('Snippet', () => {
  it('never renders snippet text as HTML, and ignores bad offsets', () => {
    const { container } = render(
      <Snippet
        snippet={{
          text: '<img src=x onerror=alert(1)> Kim',
          highlights: [
            [29, 32],
            [5, 2],
            [40, 50],
          ],
        }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> Kim');
    expect(container.querySelector('mark')!.textContent).toBe('Kim');
  });

  it('renders a result whose key is not http(s) as text, never as a link (#20)', () => {
    render(
      <SearchBox
        state={state({
          hits: [
            hit('javascript:alert(1)', 'Crafted', null),
            {
              ...hit('https://b.example/2', 'Fine', null),
              publishedAt: '+275760-09-13T00:00:00.001Z',
            },
          ],
        })}
        onQuery={() => {}}
        onIncludeHistory={() => {}}
      />,
    );
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(within(results).getByText('Crafted').closest('a')).toBeNull();
    expect(
      within(results)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://b.example/2']);
  });
});
