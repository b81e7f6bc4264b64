/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BackstoryPanel } from '@/components/backstory-panel';
import type { ArticleSummary, TabView } from '@/lib/messaging/protocol';

const seed: ArticleSummary = {
  key: 'http://news24.localhost/monde/kim',
  url: 'http://127.0.0.1/seed.html',
  canonicalUrl: 'http://news24.localhost/monde/kim',
  title: 'Kim promet son « plein soutien » à la Russie',
  byline: 'Par la rédaction',
  siteName: 'News 24',
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  firstReadAt: Date.UTC(2024, 5, 20),
  lastReadAt: Date.UTC(2024, 5, 20),
  readCount: 1,
  savedAt: null,
  entities: [],
};

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
    expect(card.textContent).toContain('Par la rédaction');
  });

  it.each([
    [
      { kind: 'not-article', reason: 'a front page' },
      /does not look like a news article \(a front page\)/,
    ],
    [{ kind: 'paused' }, /Recording is paused/],
    [{ kind: 'private' }, /private window.*never records/],
    [{ kind: 'unsupported' }, /web pages \(http and https\) only/],
    [{ kind: 'pending' }, /has not read this page yet/],
  ] as [TabView, RegExp][])(
    'says in a plain sentence why there is no article (%o)',
    (view, sentence) => {
      render(<BackstoryPanel state={{ loading: false, view, recent: [] }} />);
      expect(screen.getByText(sentence)).toBeTruthy();
      expect(screen.queryByRole('article')).toBeNull();
    },
  );

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
    const { container } = render(
      <BackstoryPanel
        state={{ loading: false, view: { kind: 'article', article: hostile }, recent: [hostile] }}
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
});
