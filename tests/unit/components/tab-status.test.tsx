/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { TabStatus } from '@/components/tab-status';
import { createTranslator } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';
import type { TabView } from '@/lib/messaging/protocol';
import { seedArticle } from './seed-article';

describe('TabStatus', () => {
  it('says there is no tab when it has no view', () => {
    render(<TabStatus view={undefined} />);
    expect(screen.getByText('No tab to show.')).toBeTruthy();
  });

  it.each([
    [{ kind: 'excluded' }, 'Backstory never records this site'],
    [{ kind: 'paused' }, 'Recording is paused'],
    [
      { kind: 'not-article', reason: '' },
      'This page does not look like a news article, so Backstory left it alone.',
    ],
    // A site's search page says what it is and what to do, in plain words (no bracketed reason).
    [
      { kind: 'not-article', reason: 'search results' },
      'This page lists search results, not an article, so Backstory left it alone. Open one of the results to see its story and background.',
    ],
    [
      { kind: 'not-article', reason: 'not enough text for an article' },
      'This page shows too little text to be a news article, so Backstory left it alone.',
    ],
    // A list of articles says what it is, and what to do.
    [
      { kind: 'not-article', reason: 'a list of headlines' },
      'This page is a list of articles, not an article, so Backstory left it alone. Open one of its articles to see its story and background.',
    ],
    // A reason the interface has no words for is shown as it is.
    [{ kind: 'not-article', reason: 'a login form' }, '(a login form)'],
    [
      { kind: 'failed', reason: 'UnknownError: Internal error opening backing store' },
      'could not store this article (UnknownError: Internal error opening backing store)',
    ],
    // A full storage in plain words, and what to do about it; not the error's name.
    [
      { kind: 'failed', reason: 'QuotaExceededError: Encountered full disk while opening' },
      'the space this browser gives it is full. Nothing else was changed. Make room in Options',
    ],
  ] as [TabView, string][])('says why there is no article in a sentence (%o)', (view, words) => {
    const { container } = render(<TabStatus view={view} />);
    const status = container.querySelector('p.status')!;
    expect(status.textContent).toContain(words);
    expect(status.getAttribute('data-kind')).toBe(view.kind);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('translates the extraction’s reason in French', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <TabStatus view={{ kind: 'not-article', reason: 'a front page' }} />
      </I18nContext.Provider>,
    );
    expect(
      screen.getByText(
        'Cette page est une page d’accueil, pas un article : Backstory l’a laissée de côté. Ouvrez l’un de ses articles pour voir son sujet et son contexte.',
      ),
    ).toBeTruthy();
  });

  it('shows the article, busy only while that article is being saved', () => {
    const onToggleSave = vi.fn();
    const view: TabView = { kind: 'article', article: seedArticle };
    const { rerender } = render(
      <TabStatus view={view} onToggleSave={onToggleSave} saving="https://other.example/" />,
    );
    const save = screen.getByRole('button', { name: 'Save to archive' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(onToggleSave).toHaveBeenCalledExactlyOnceWith(seedArticle);
    rerender(<TabStatus view={view} onToggleSave={onToggleSave} saving={seedArticle.key} />);
    expect(
      (screen.getByRole('button', { name: 'Save to archive' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
