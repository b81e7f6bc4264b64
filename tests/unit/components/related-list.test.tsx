/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RelatedList } from '@/components/related-list';
import type { ArticleSummary } from '@/lib/messaging/protocol';

const summary = (key: string, title: string, savedAt: number | null): ArticleSummary => ({
  key,
  url: key,
  canonicalUrl: key,
  title,
  byline: null,
  siteName: 'World Desk',
  lang: 'en',
  publishedAt: '2023-09-13T08:00:00.000Z',
  firstReadAt: 0,
  lastReadAt: 0,
  readCount: 1,
  savedAt,
  entities: [],
});

describe('RelatedList', () => {
  it('shows earlier coverage with date, site, language and the shared entities', () => {
    render(
      <RelatedList
        related={[
          {
            article: summary('https://w.example/1', 'Kim meets Putin in Vladivostok', 1),
            shared: [
              { id: 'per:kim', name: 'Kim Jong Un' },
              { id: 'per:putin', name: 'Vladimir Putin' },
            ],
          },
        ]}
      />,
    );
    const list = screen.getByRole('list');
    const item = within(list).getByRole('listitem');
    expect(item.textContent).toContain('Sep 13, 2023');
    expect(item.textContent).toContain('World Desk · English');
    expect(item.textContent).toContain('Shares: Kim Jong Un, Vladimir Putin');
    expect(within(item).getByRole('link').getAttribute('href')).toBe(
      'reader.html?key=https%3A%2F%2Fw.example%2F1',
    );
  });

  it('shows nothing without related articles', () => {
    const { container } = render(<RelatedList related={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
