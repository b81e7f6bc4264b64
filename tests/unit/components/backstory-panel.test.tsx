/** @vitest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BackstoryPanel } from '@/components/backstory-panel';
import { PENDING_HINT_MS } from '@/components/tab-status';
import type {
  ArticleSummary,
  ArticleTimeline,
  EntityBackground,
  TabView,
} from '@/lib/messaging/protocol';
import type { PanelState } from '@/lib/ui/panel-store';
import { seedArticle } from './seed-article';

// An idle search box, as the popup and the side panel give it.
const search = {
  state: { query: '', includeHistory: false, hits: [], searching: false },
  onQuery: () => {},
  onIncludeHistory: () => {},
};

// The seed article without its entities: the panel's own parts, no cards or entity list.
const seed: ArticleSummary = { ...seedArticle, entities: [] };

describe('BackstoryPanel', () => {
  it('shows the recognised article with site, language and date', () => {
    render(
      <BackstoryPanel
        state={{ loading: false, view: { kind: 'article', article: seed }, recent: [seed] }}
      />,
    );
    const card = screen.getByRole('article', { name: 'Recognised article' });
    expect(card.textContent).toContain('Kim promet son « plein soutien » à la Russie');
    expect(card.textContent).toMatch(/News 24 · French · .*2024/);
    // Its byline names only the newsroom ("Par la rédaction"): the site's name says it.
    expect(card.textContent).not.toContain('rédaction');
  });

  it('shows an article with no entity shown (a language it does not read) without empty sections', () => {
    // A Polish page: only KB-confirmed entities are shown, here none; the card stands alone.
    const polish: ArticleSummary = { ...seed, lang: 'pl', title: 'Sejm zagłosował', entities: [] };
    render(
      <BackstoryPanel
        state={{
          loading: false,
          view: { kind: 'article', article: polish },
          recent: [polish],
          cards: [],
        }}
        search={search}
      />,
    );
    const card = screen.getByRole('article', { name: 'Recognised article' });
    expect(card.textContent).toContain('Sejm zagłosował');
    expect(card.textContent).toContain('Polish');
    expect(screen.queryByRole('region', { name: 'In this article' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Background' })).toBeNull();
  });

  it.each([
    [
      { kind: 'not-article', reason: 'a front page' },
      /This page is a front page, not an article, so Backstory left it alone\. Open one of its articles/,
    ],
    [{ kind: 'paused' }, /Recording is paused/],
    [{ kind: 'private' }, /private window.*never records/],
    [{ kind: 'unsupported' }, /web pages \(http and https\) only/],
    [{ kind: 'pending' }, /^Backstory is reading this page…$/],
  ] as [TabView, RegExp][])(
    'says in a plain sentence why there is no article (%o)',
    (view, sentence) => {
      render(<BackstoryPanel state={{ loading: false, view, recent: [] }} />);
      expect(screen.getByText(sentence)).toBeTruthy();
      expect(screen.queryByRole('article')).toBeNull();
    },
  );

  it('says a page is being read, and what to do only when it stays so', () => {
    vi.useFakeTimers();
    try {
      render(<BackstoryPanel state={{ loading: false, view: { kind: 'pending' }, recent: [] }} />);
      // A page still loading: no advice to reload it.
      expect(screen.getByText('Backstory is reading this page…')).toBeTruthy();
      expect(screen.queryByText(/reload/)).toBeNull();
      act(() => void vi.advanceTimersByTime(PENDING_HINT_MS));
      expect(
        screen.getByText(/^Backstory is still reading this page\. If this stays, reload/),
      ).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists recent reading as links to the original, and says when there is none', () => {
    const { unmount } = render(
      <BackstoryPanel state={{ loading: false, view: { kind: 'pending' }, recent: [seed] }} />,
    );
    const link = screen.getByRole('link', { name: seed.title! });
    expect(link.getAttribute('href')).toBe(seed.canonicalUrl);
    unmount();
    render(<BackstoryPanel state={{ loading: false, view: { kind: 'pending' }, recent: [] }} />);
    expect(screen.getByText(/Nothing yet/)).toBeTruthy();
  });

  it('renders page text as text, never as HTML', () => {
    const hostile = { ...seed, title: '<img src=x onerror="alert(1)">Pwned' };
    const other = { ...hostile, key: 'https://other.example/1' };
    const { container } = render(
      <BackstoryPanel
        state={{ loading: false, view: { kind: 'article', article: hostile }, recent: [other] }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror="alert(1)">Pwned')).toHaveLength(2);
  });

  it('shows loading, then errors in words, and offers its actions', () => {
    const onOpenOptions = vi.fn();
    const { rerender } = render(
      <BackstoryPanel state={{ loading: true, recent: [] }} onOpenOptions={onOpenOptions} />,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    rerender(
      <BackstoryPanel
        state={{ loading: false, recent: [], error: 'worker gone' }}
        onOpenOptions={onOpenOptions}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Backstory could not load this: worker gone',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Open side panel' })).toBeNull();
  });

  describe('with the seed article, its cards and its timeline', () => {
    const putinBackground: EntityBackground = {
      id: 'per:Q7747',
      type: 'PER',
      name: 'Vladimir Putin',
      description: 'President of Russia',
      archive: { count: 1, with: [], stories: [], storyCount: 0 },
      online: false,
    };
    // Nothing known of him but his name and type, and nothing read about him: a bare card.
    const kimBare: EntityBackground = {
      id: 'per:Q56226',
      type: 'PER',
      name: 'Kim Jong Un',
      archive: { count: 0, with: [], stories: [], storyCount: 0 },
      online: false,
    };
    const timeline: ArticleTimeline = {
      story: {
        id: 'story:1',
        title: seedArticle.title,
        keyEntities: [
          { id: 'per:Q7747', name: 'Vladimir Poutine', type: 'PER' },
          { id: 'per:Q56226', name: 'Kim Jong Un', type: 'PER' },
        ],
        firstDate: '2024-06-18T08:30:00.000Z',
        lastDate: '2024-06-19T06:45:00.000Z',
        articleCount: 2,
      },
      entries: [
        {
          key: seedArticle.key,
          url: seedArticle.key,
          date: '2024-06-19T06:45:00.000Z',
          siteName: 'News 24',
          lang: 'fr',
          title: seedArticle.title,
          sharedEntityIds: [],
          saved: false,
          isNew: false,
          current: true,
        },
        {
          key: 'http://worlddesk.localhost/asia/2024/06/18/putin-pyongyang-visit',
          url: 'http://worlddesk.localhost/asia/2024/06/18/putin-pyongyang-visit',
          date: '2024-06-18T08:30:00.000Z',
          siteName: 'World Desk',
          lang: 'en',
          title: 'Putin lands in Pyongyang as Kim pledges backing for Russia’s war',
          sharedEntityIds: ['per:Q7747', 'per:Q56226'],
          saved: false,
          isNew: false,
        },
      ],
      relatedStories: [],
    };
    // Read recently: this article, the other article of its story, and one of another story.
    const earlierInStory: ArticleSummary = {
      ...seed,
      key: timeline.entries[1]!.key,
      url: timeline.entries[1]!.url,
      canonicalUrl: null,
      title: timeline.entries[1]!.title,
      siteName: 'World Desk',
    };
    const notreDame: ArticleSummary = {
      ...seed,
      key: 'https://www.courier.example/notre-dame-fire',
      url: 'https://www.courier.example/notre-dame-fire',
      canonicalUrl: null,
      title: 'Fire tears through Notre-Dame cathedral in Paris',
      siteName: 'The Daily Courier',
    };
    const articleState = (over: Partial<PanelState> = {}): PanelState => ({
      loading: false,
      view: { kind: 'article', article: seedArticle },
      recent: [seedArticle, notreDame, earlierInStory],
      timeline,
      cards: [
        { id: 'per:Q7747', background: putinBackground },
        { id: 'per:Q56226', background: { ...kimBare, description: 'Supreme Leader' } },
      ],
      ...over,
    });

    it('shows search, then the story with the article as its header, then background on its main entities, then all its names, then recent reading', () => {
      render(<BackstoryPanel state={articleState()} search={search} />);
      const main = screen.getByRole('main');
      expect(main.getAttribute('aria-busy')).toBe('false');
      const box = screen.getByRole('searchbox', { name: 'Search your archive' });
      const article = screen.getByRole('article', { name: 'Recognised article' });
      const earlier = screen.getByRole('region', { name: 'This story' });
      const entities = screen.getByRole('region', { name: 'In this article' });
      const cards = screen.getByRole('region', { name: 'Background' });
      const recent = screen.getByRole('region', { name: 'Recently read' });
      // Search sits in the header, one tap away; the article's entities are not in its card.
      expect(box.closest('header')).toBeTruthy();
      expect(within(article).queryByRole('list', { name: 'People' })).toBeNull();
      // In a story, the article's card is the story's header: no second card above it.
      expect(earlier.contains(article)).toBe(true);
      expect(screen.queryByRole('region', { name: 'This page' })).toBeNull();
      // Background right after the story (the first screen answers who they are); the list of
      // every name after it.
      const order = [box, earlier, cards, entities, recent];
      for (let i = 1; i < order.length; i++) {
        expect(
          order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).toBeTruthy();
      }
      const putin = within(cards).getByRole('article', { name: /^Vladimir Putin/ });
      expect(putin.textContent).toContain('President of Russia');
      expect(putin.getAttribute('aria-busy')).toBe('false');
      const kim = within(cards).getByRole('article', { name: /^Kim Jong Un/ });
      expect(kim.textContent).toContain('Supreme Leader');
      // Headed by the article's own headline, never by a list of names.
      expect(within(earlier).getByRole('heading', { level: 2 }).textContent).toBe(
        seedArticle.title,
      );
      const entry = within(earlier).getByRole('link', { name: /^Putin lands in Pyongyang/ });
      expect(entry.getAttribute('href')).toBe(timeline.entries[1]!.url);
      // Each headline marked with its language, for screen readers.
      expect(entry.getAttribute('lang')).toBe('en');
      expect(within(recent).getByRole('link').getAttribute('lang')).toBe('fr');
      // The article's headline heads the list, and the entry in place does not say it again: its mark, its date and site (no "read" state).
      const here = within(earlier).getByText('You are reading this').closest('li')!;
      expect(here.getAttribute('aria-current')).toBe('true');
      expect(here.textContent).toBe('You are reading thisJun 19 · News 24');
    });

    it('lists under “Recently read” only reading the story above does not show', () => {
      const { unmount } = render(<BackstoryPanel state={articleState()} />);
      const recent = screen.getByRole('region', { name: 'Recently read' });
      const items = within(recent).getAllByRole('listitem');
      expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
        notreDame.title,
      ]);
      // Each headline of the story once on the panel: in the timeline, not again below it.
      expect(screen.getAllByRole('link', { name: earlierInStory.title! })).toHaveLength(1);
      expect(recent.textContent).not.toContain(seedArticle.title);
      unmount();
      // Nothing else read: no "Recently read" at all, not an empty list nor "Nothing yet".
      render(<BackstoryPanel state={articleState({ recent: [earlierInStory, seedArticle] })} />);
      expect(screen.queryByRole('region', { name: 'Recently read' })).toBeNull();
      expect(screen.queryByText(/Nothing yet/)).toBeNull();
    });

    it('leaves the article being read out of “Recently read” when it is in no story', () => {
      render(
        <BackstoryPanel
          state={articleState({ timeline: null, recent: [seedArticle, notreDame] })}
        />,
      );
      const recent = screen.getByRole('region', { name: 'Recently read' });
      expect(
        within(recent)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual([notreDame.title]);
    });

    it('brings up an entity’s card from the entity list’s buttons', () => {
      const onSelectEntity = vi.fn();
      render(<BackstoryPanel state={articleState()} onSelectEntity={onSelectEntity} />);
      const list = screen.getByRole('region', { name: 'In this article' });
      fireEvent.click(within(list).getByRole('button', { name: 'Background on Pyongyang' }));
      fireEvent.click(within(list).getByRole('button', { name: 'Background on OTAN' }));
      expect(onSelectEntity.mock.calls).toEqual([['loc:Q18808'], ['org:Q7184']]);
    });

    it('brings the card asked for from the list of names (below the cards) into view, once', () => {
      // jsdom has no scrollIntoView: give it one that notes which card it brought into view.
      const scrolled: (string | null)[] = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this.getAttribute('data-entity-id'));
      };
      const state = articleState();
      const { rerender } = render(<BackstoryPanel state={state} onSelectEntity={() => {}} />);
      const list = screen.getByRole('region', { name: 'In this article' });
      fireEvent.click(within(list).getByRole('button', { name: 'Background on Pyongyang' }));
      // Its card comes after the pick: brought into view when it is there, not before.
      expect(scrolled).toEqual([]);
      const withPyongyang = {
        ...state,
        cards: [{ id: 'loc:Q18808', picked: true as const }, ...state.cards!],
      };
      rerender(<BackstoryPanel state={withPyongyang} onSelectEntity={() => {}} />);
      expect(scrolled).toEqual(['loc:Q18808']);
      // Later updates (its background arriving) leave the reader where they are.
      rerender(
        <BackstoryPanel
          state={{ ...withPyongyang, cards: [...withPyongyang.cards, { id: 'org:Q7184' }] }}
          onSelectEntity={() => {}}
        />,
      );
      expect(scrolled).toEqual(['loc:Q18808']);
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    it('gives the card asked for the focus, and Escape in it goes back to the name', () => {
      Element.prototype.scrollIntoView = () => {};
      const state = articleState();
      const { rerender } = render(<BackstoryPanel state={state} onSelectEntity={() => {}} />);
      const list = screen.getByRole('region', { name: 'In this article' });
      const name = within(list).getByRole('button', { name: 'Background on Pyongyang' });
      name.focus();
      fireEvent.click(name);
      rerender(
        <BackstoryPanel
          state={{ ...state, cards: [{ id: 'loc:Q18808', picked: true }, ...state.cards!] }}
          onSelectEntity={() => {}}
        />,
      );
      // The reader lands on the card (read out with its name), not left on the button below.
      const card = screen.getByRole('article', { name: /^Pyongyang/ });
      expect(document.activeElement).toBe(card);
      expect(card.tabIndex).toBe(-1); // not one more Tab stop
      expect(fireEvent.keyDown(card, { key: 'Escape' })).toBe(false);
      expect(document.activeElement).toBe(name);
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    it('shows the cards together once all are in: none says "Loading…" and then goes away', () => {
      // Kim's background is on its way: no card yet, Putin's neither (they come together).
      const loading = articleState({
        cards: [{ id: 'per:Q7747', background: putinBackground }, { id: 'per:Q56226' }],
      });
      const { rerender } = render(<BackstoryPanel state={loading} />);
      expect(screen.queryByRole('region', { name: 'Background' })).toBeNull();
      expect(screen.queryByText('Loading…')).toBeNull();
      // Nothing to show of him nor of Pyongyang (nothing read, said once above the cards):
      // their cards never appear, Putin's does.
      const pyongyang = { ...kimBare, id: 'loc:Q18808', type: 'LOC' as const, name: 'Pyongyang' };
      const bare = articleState({
        cards: [
          { id: 'per:Q7747', background: putinBackground },
          { id: 'per:Q56226', background: kimBare },
          { id: 'loc:Q18808', background: pyongyang },
        ],
      });
      rerender(<BackstoryPanel state={bare} />);
      const cards = screen.getByRole('region', { name: 'Background' });
      expect(
        within(cards)
          .getAllByRole('article')
          .map((a) => a.dataset.entityId),
      ).toEqual(['per:Q7747']);
      // A card the reader asked for shows at once, and says it is loading.
      const picked = articleState({
        cards: [{ id: 'loc:Q18808', picked: true }, ...loading.cards!],
      });
      rerender(<BackstoryPanel state={picked} />);
      const asked = screen.getByRole('region', { name: 'Background' });
      expect(
        within(asked)
          .getAllByRole('article')
          .map((a) => a.dataset.entityId),
      ).toEqual(['loc:Q18808']);
      expect(asked.textContent).toContain('Loading…');
    });

    it('keeps the article and its cards on screen while a refresh loads', () => {
      render(<BackstoryPanel state={articleState({ loading: true })} />);
      expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
      expect(screen.getByRole('article', { name: 'Recognised article' })).toBeTruthy();
      expect(screen.getByRole('region', { name: 'Background' })).toBeTruthy();
      expect(screen.queryByText('Loading…', { selector: 'p.status' })).toBeNull();
    });

    it('says a full storage in plain words, with where to make room', () => {
      render(<BackstoryPanel state={articleState({ saveError: 'QuotaExceededError' })} />);
      expect(screen.getByRole('alert').textContent).toBe(
        'The archive was not changed: the space this browser gives Backstory is full. Make room in Options (keep articles only read for less time, or delete a site’s articles).',
      );
    });

    it('says in an alert when saving failed, and leaves the article as it was', () => {
      const onToggleSave = vi.fn();
      render(
        <BackstoryPanel
          state={articleState({ saveError: 'AbortError' })}
          onToggleSave={onToggleSave}
        />,
      );
      expect(screen.getByRole('alert').textContent).toBe(
        'The archive was not changed (AbortError).',
      );
      fireEvent.click(screen.getByRole('button', { name: 'Save to archive' }));
      expect(onToggleSave).toHaveBeenCalledExactlyOnceWith(seedArticle);
    });
  });

  it('while first loading, says so and shows no article, cards, timeline or recent list', () => {
    render(<BackstoryPanel state={{ loading: true, recent: [] }} />);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    const current = screen.getByRole('region', { name: 'This page' });
    expect(current.textContent).toBe('Loading…');
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Background' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'This story' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Recently read' })).toBeNull();
  });

  it('says what went wrong in an alert, under what it last showed', () => {
    render(
      <BackstoryPanel
        state={{
          loading: false,
          view: { kind: 'article', article: seedArticle },
          recent: [],
          error: 'Could not establish connection. Receiving end does not exist.',
        }}
      />,
    );
    const current = screen.getByRole('region', { name: 'This page' });
    // In plain words, with what to do: not the browser's "Receiving end does not exist".
    expect(within(current).getByRole('alert').textContent).toBe(
      'Backstory did not answer: it may have been restarting. Close this and open it again.',
    );
    expect(within(current).getByRole('article', { name: 'Recognised article' })).toBeTruthy();
  });

  it('offers to open the side panel when asked to', () => {
    const onOpenSidePanel = vi.fn();
    render(
      <BackstoryPanel state={{ loading: false, recent: [] }} onOpenSidePanel={onOpenSidePanel} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Backstory' });
    fireEvent.click(within(nav).getByRole('button', { name: 'Open side panel' }));
    expect(onOpenSidePanel).toHaveBeenCalledOnce();
    expect(within(nav).queryByRole('button', { name: 'Options' })).toBeNull();
  });
});
