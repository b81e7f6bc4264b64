/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReaderStatus, ReaderView } from '@/components/reader-view';
import { usePanelCss } from './panel-css';
import type { SavedCopy } from '@/lib/messaging/protocol';
import { seedArticle } from './seed-article';

const copy = (over: Partial<SavedCopy['article']> = {}, html: string | null = null): SavedCopy => ({
  article: {
    ...seedArticle,
    savedAt: Date.UTC(2024, 5, 20, 12),
    text: 'Premier paragraphe.\n\nDeuxième paragraphe.',
    captions: [{ text: 'Kim et Poutine à Pyongyang', credit: 'AFP' }],
    ...over,
  } as SavedCopy['article'],
  html,
});

describe('ReaderView', () => {
  it('shows when it was saved, a link to the original, the headline, facts and the text', () => {
    const sanitize = vi.fn((h: string) => h);
    render(<ReaderView copy={copy()} sanitize={sanitize} />);
    const main = screen.getByRole('main');
    // The article's language, so screen readers read it in French.
    expect(main.getAttribute('lang')).toBe('fr');
    expect(main.textContent).toContain('Saved Jun 20, 2024');
    const original = screen.getByRole('link', { name: 'Original' });
    expect(original.getAttribute('href')).toBe(seedArticle.canonicalUrl);
    expect(original.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(seedArticle.title);
    expect(screen.getByText('News 24 · French · Jun 19, 2024')).toBeTruthy();
    expect(screen.getByText('Par la rédaction')).toBeTruthy();
    expect(screen.getByText('Premier paragraphe.').tagName).toBe('P');
    expect(screen.getByText('Deuxième paragraphe.').tagName).toBe('P');
    expect(screen.getByRole('region', { name: 'Image captions' }).textContent).toBe(
      'Kim et Poutine à Pyongyang (AFP)',
    );
    // No stored HTML: nothing to sanitise.
    expect(sanitize).not.toHaveBeenCalled();
  });

  it('shows stored HTML only as the sanitiser returns it', () => {
    const stored = '<p>Body</p><img src=x onerror="window.__pwned=1">';
    const sanitize = vi.fn(() => '<p>Clean body</p>');
    const { container } = render(<ReaderView copy={copy({}, stored)} sanitize={sanitize} />);
    expect(sanitize).toHaveBeenCalledExactlyOnceWith(stored);
    expect(screen.getByText('Clean body')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByText('Premier paragraphe.')).toBeNull();
  });

  it('says when the copy is reading history only, and leaves out what it does not know', () => {
    render(
      <ReaderView
        copy={copy({
          savedAt: null,
          url: null,
          canonicalUrl: null,
          title: null,
          siteName: null,
          lang: null,
          publishedAt: null,
          byline: null,
          captions: [],
        })}
        sanitize={(h) => h}
      />,
    );
    const main = screen.getByRole('main');
    expect(main.hasAttribute('lang')).toBe(false);
    expect(main.textContent).toContain('In your reading history (not saved)');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Untitled article');
    expect(screen.queryByRole('region', { name: 'Image captions' })).toBeNull();
  });

  it('renders the stored text as text, never as markup', () => {
    const { container } = render(
      <ReaderView copy={copy({ text: '<script>window.__pwned=1</script>' })} sanitize={(h) => h} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>window.__pwned=1</script>')).toBeTruthy();
  });

  it('lists the article’s entities and its earlier coverage after the text', () => {
    const { rerender } = render(<ReaderView copy={copy()} sanitize={(h) => h} />);
    // The timeline is still loading: no section yet, the article reads all the same.
    expect(screen.queryByRole('region', { name: 'This story' })).toBeNull();
    expect(screen.getByRole('region', { name: 'In this article' })).toBeTruthy();
    rerender(
      <ReaderView
        copy={copy()}
        sanitize={(h) => h}
        timeline={{
          story: {
            id: 's1',
            title: 'Putin lands in Pyongyang',
            keyEntities: [],
            firstDate: '2024-06-18T08:30:00.000Z',
            lastDate: '2024-06-19T06:45:00.000Z',
            articleCount: 2,
          },
          entries: [
            {
              key: 'https://w.example/1',
              url: 'https://w.example/1',
              date: '2024-06-18T08:30:00.000Z',
              siteName: 'World Desk',
              lang: 'en',
              title: 'Putin lands in Pyongyang',
              sharedEntityIds: [],
              saved: false,
              isNew: false,
            },
          ],
          relatedStories: [],
        }}
      />,
    );
    const earlier = screen.getByRole('region', { name: 'This story' });
    expect(earlier.textContent).toContain('Putin lands in Pyongyang');
  });

  it('links to the original only over http(s), and survives an impossible save date (#20)', () => {
    render(
      <ReaderView
        copy={copy({ canonicalUrl: 'javascript:alert(1)', url: 'data:text/html,x', savedAt: 9e15 })}
        sanitize={(h) => h}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Original' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(seedArticle.title);
  });

  it('says in the interface’s font, under Backstory’s name, that there is no article', () => {
    usePanelCss();
    render(<ReaderStatus message="No article to show here." />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Backstory');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('No article to show here.');
    expect(getComputedStyle(status).fontFamily).not.toMatch(/Georgia|Times/);
    expect(getComputedStyle(status).fontFamily).toContain('system-ui');
  });
});
