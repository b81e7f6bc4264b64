/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ArticleCard, readerHref } from '@/components/article-card';
import { seedArticle } from './seed-article';

describe('ArticleCard', () => {
  it('names the article, its site, language, date and byline', () => {
    render(<ArticleCard article={{ ...seedArticle, byline: 'Anne Martin' }} />);
    const card = screen.getByRole('article', { name: 'Recognised article' });
    expect(within(card).getByText('Article recognised')).toBeTruthy();
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(seedArticle.title);
    // One line: the card stays short, the story under it in the first screen.
    expect(card.querySelector('p.meta')!.textContent).toBe(
      'News 24 · French · Jun 19, 2024 · Anne Martin',
    );
    // Without a save handler there is nothing to press, and no saved copy to read.
    expect(within(card).queryByRole('button', { name: /archive/ })).toBeNull();
    expect(within(card).queryByRole('link')).toBeNull();
  });

  it('leaves out a byline that names only the newsroom: the site’s name says it', () => {
    render(<ArticleCard article={seedArticle} />);
    const card = screen.getByRole('article', { name: 'Recognised article' });
    expect(seedArticle.byline).toBe('Par la rédaction');
    expect(card.querySelector('p.meta')!.textContent).toBe('News 24 · French · Jun 19, 2024');
  });

  it('falls back to the host and "Untitled article", and leaves out what it does not know', () => {
    render(
      <ArticleCard
        article={{
          ...seedArticle,
          title: null,
          siteName: null,
          lang: null,
          publishedAt: null,
          byline: null,
          canonicalUrl: 'https://www.example.org/news/1',
        }}
      />,
    );
    const card = screen.getByRole('article', { name: 'Recognised article' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('Untitled article');
    expect(within(card).getByText('example.org')).toBeTruthy();
    expect(card.querySelector('.byline')).toBeNull();
  });

  it('saves with a toggle button that says its state, and is disabled while busy', () => {
    const onToggleSave = vi.fn();
    const { rerender } = render(<ArticleCard article={seedArticle} onToggleSave={onToggleSave} />);
    const save = screen.getByRole('button', { name: 'Save to archive' });
    expect(save.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(save);
    expect(onToggleSave).toHaveBeenCalledExactlyOnceWith(seedArticle);

    const saved = { ...seedArticle, savedAt: Date.UTC(2024, 5, 20) };
    rerender(<ArticleCard article={saved} onToggleSave={onToggleSave} busy />);
    const unsave = screen.getByRole('button', { name: 'Saved — remove from archive' });
    expect(unsave.getAttribute('aria-pressed')).toBe('true');
    expect((unsave as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Article saved in your archive')).toBeTruthy();
    // The saved copy opens in the reader page, the key encoded.
    expect(screen.getByRole('link', { name: 'Read saved copy' }).getAttribute('href')).toBe(
      'reader.html?key=http%3A%2F%2Fnews24.localhost%2Fmonde%2Fkim',
    );
  });

  it('lists the entities when asked; their buttons bring up a card only when asked for', () => {
    const onSelectEntity = vi.fn();
    // By default not: the panel lists them after the story, to keep the card short.
    const { rerender } = render(<ArticleCard article={seedArticle} />);
    expect(screen.queryByRole('list', { name: 'People' })).toBeNull();
    rerender(<ArticleCard article={seedArticle} showEntities />);
    expect(screen.getByRole('list', { name: 'People' }).textContent).toContain('Kim Jong Un');
    expect(screen.queryByRole('button', { name: 'Background on Kim Jong Un' })).toBeNull();
    rerender(<ArticleCard article={seedArticle} onSelectEntity={onSelectEntity} showEntities />);
    fireEvent.click(screen.getByRole('button', { name: 'Background on Kim Jong Un' }));
    expect(onSelectEntity).toHaveBeenCalledExactlyOnceWith('per:Q56226');
  });

  it('builds reader links that survive any key', () => {
    expect(readerHref('https://a.example/x?y=1&z=2#f')).toBe(
      'reader.html?key=https%3A%2F%2Fa.example%2Fx%3Fy%3D1%26z%3D2%23f',
    );
  });
});
