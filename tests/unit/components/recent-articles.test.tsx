/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { RecentArticles } from '@/components/recent-articles';
import { createTranslator } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';
import type { ArticleSummary } from '@/lib/messaging/protocol';
import { usePanelCss } from './panel-css';
import { seedArticle } from './seed-article';

beforeAll(usePanelCss);

const courier: ArticleSummary = {
  ...seedArticle,
  key: 'https://www.courier.example/world/1',
  url: null,
  canonicalUrl: null,
  title: null,
  siteName: null,
  publishedAt: null,
  lastReadAt: Date.UTC(2024, 5, 18, 12),
  savedAt: Date.UTC(2024, 5, 18, 13),
};
// Two hours after the seed article was read.
const NOW = Date.UTC(2024, 5, 20, 14);

describe('RecentArticles', () => {
  it('lists recent reading newest first, each a link to the original in a new tab', () => {
    render(<RecentArticles articles={[seedArticle, courier]} now={NOW} />);
    const region = screen.getByRole('region', { name: 'Recently read' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);

    const seed = within(items[0]!).getByRole('link', { name: seedArticle.title! });
    expect(seed.getAttribute('href')).toBe(seedArticle.canonicalUrl);
    expect(seed.getAttribute('target')).toBe('_blank');
    expect(seed.getAttribute('rel')).toContain('noopener');
    // Its publication date, then when the reader read it, labelled as such.
    expect(items[0]!.textContent).toContain('News 24 · Jun 19, 2024 · Read 2 hours ago');
    expect(within(items[0]!).queryByRole('link', { name: 'saved copy' })).toBeNull();

    // No title, site or URL: its key stands in, the host names the site, and it was saved.
    const untitled = within(items[1]!).getByRole('link', { name: 'Untitled article' });
    expect(untitled.getAttribute('href')).toBe(courier.key);
    // No publication date: only the reading date, labelled ("yesterday" would be two days).
    expect(items[1]!.textContent).toContain('courier.example · Read 2 days ago');
    expect(within(items[1]!).getByRole('link', { name: 'saved copy' }).getAttribute('href')).toBe(
      'reader.html?key=https%3A%2F%2Fwww.courier.example%2Fworld%2F1',
    );
  });

  it('says the other sites a text was read on, each linked, within the item', () => {
    const copy = {
      key: 'https://wire.example/quake',
      url: 'https://wire.example/quake',
      siteName: 'Wire Daily',
      title: 'Quake hits Valparaiso',
      date: '2024-06-19T06:00:00.000Z',
      saved: false,
    };
    render(<RecentArticles articles={[{ ...seedArticle, copies: [copy] }, courier]} now={NOW} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Also on Wire Daily');
    const link = within(items[0]!).getByRole('link', {
      name: 'Same text on Wire Daily: Quake hits Valparaiso',
    });
    expect(link.getAttribute('href')).toBe(copy.url);
    expect(items[1]!.textContent).not.toContain('Also on');
  });

  it('labels the reading date in French, and gives a date beyond a week', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <RecentArticles
          articles={[seedArticle, { ...courier, lastReadAt: Date.UTC(2024, 4, 2) }]}
          now={NOW}
        />
      </I18nContext.Provider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('News 24 · 19 juin 2024 · Lu il y a 2 heures');
    expect(items[1]!.textContent).toContain('courier.example · Lu le 2 mai 2024');
  });

  it('keeps the reading time with the date in a narrow panel, never alone on a line', () => {
    // Three facts: at 320 px "The Daily Courier · 15 avr. 2019 ·" filled the first line and
    // "Lu il y a 1 minute" took the second alone. The date and the reading time wrap together.
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <RecentArticles articles={[seedArticle]} now={NOW} />
      </I18nContext.Provider>,
    );
    const facts = screen.getByRole('listitem').querySelector('.meta')!;
    const read = within(facts as HTMLElement).getByText('Lu il y a 2 heures');
    const pair = read.parentElement!;
    expect(pair.textContent).toBe('19 juin 2024 · Lu il y a 2 heures');
    expect(getComputedStyle(pair).whiteSpace).toBe('nowrap');
    // The site stays free of them, and the line reads as before.
    expect(pair.parentElement).toBe(facts);
    expect(facts.textContent).toBe('News 24 · 19 juin 2024 · Lu il y a 2 heures');
  });

  it('says in words how the list fills when nothing was read yet', () => {
    render(<RecentArticles articles={[]} />);
    const region = screen.getByRole('region', { name: 'Recently read' });
    expect(within(region).queryByRole('list')).toBeNull();
    expect(region.textContent).toContain(
      'Nothing yet. Open a news article and it will appear here.',
    );
  });

  it('renders titles as text, never as markup', () => {
    const { container } = render(
      <RecentArticles articles={[{ ...seedArticle, title: '<img src=x onerror=alert(1)>Hi' }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>Hi' })).toBeTruthy();
  });

  it('links only to http(s) addresses, and shows an impossible date as no date (#20)', () => {
    // What a crafted import could have stored before keys and dates were checked on entry.
    const bad: ArticleSummary = {
      ...seedArticle,
      key: 'javascript:alert(document.domain)',
      url: null,
      canonicalUrl: 'javascript:alert(1)',
      title: 'Crafted',
      lastReadAt: 9e15,
    };
    const { container } = render(<RecentArticles articles={[bad, seedArticle]} />);
    const items = screen.getAllByRole('listitem');
    expect(within(items[0]!).queryByRole('link', { name: 'Crafted' })).toBeNull();
    expect(items[0]!.textContent).toContain('Crafted');
    expect(items[0]!.textContent).toContain('News 24');
    for (const a of container.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|reader\.html\?)/);
    }
    expect(within(items[1]!).getByRole('link', { name: seedArticle.title! })).toBeTruthy();
  });

  it('sets a headline in another script apart, in its own direction, the facts after it in place', () => {
    const arabic = { ...seedArticle, title: 'بوتين يصل إلى بيونغ يانغ؟', siteName: 'الجزيرة' };
    render(<RecentArticles articles={[arabic]} now={NOW} />);
    const link = screen.getByRole('link', { name: arabic.title });
    // <bdi>: the browser reads the headline's direction from its own letters (right to left),
    // and its question mark stays at its end, not at the start of the English line around it.
    const isolated = link.querySelector('bdi');
    expect(isolated?.textContent).toBe(arabic.title);
  });
});
