/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OutsideCoverage } from '@/components/outside-coverage';

describe('OutsideCoverage', () => {
  it('lists other outlets apart, with what was asked, titles as text and safe links only', () => {
    render(
      <OutsideCoverage
        outside={{
          status: 'ok',
          query: ['Vladimir Putin', 'Kim Jong Un'],
          articles: [
            {
              url: 'https://news.example.org/world/story-1',
              title: '<b>Putin and Kim</b> sign defence pact',
              domain: 'news.example.org',
              language: 'English',
              seendate: '2024-06-19T12:30:00.000Z',
            },
            {
              url: 'javascript:alert(1)',
              title: 'Bad link',
              domain: 'evil.example',
              language: 'English',
              seendate: '2024-06-19T12:30:00.000Z',
            },
          ],
        }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Elsewhere in the news (GDELT)' });
    expect(within(region).getByText('Asked about: Vladimir Putin, Kim Jong Un')).toBeTruthy();
    const links = within(region).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe('<b>Putin and Kim</b> sign defence pact');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(region.textContent).toContain('news.example.org · English');
  });

  it('shows nothing when off, and quiet notes while asking and when GDELT failed', () => {
    const { container, rerender } = render(<OutsideCoverage outside={undefined} />);
    expect(container.innerHTML).toBe('');
    rerender(<OutsideCoverage outside={{ status: 'loading' }} />);
    expect(screen.getByText('Asking GDELT…')).toBeTruthy();
    rerender(<OutsideCoverage outside={{ status: 'failed', reason: 'rate-limited' }} />);
    expect(
      screen.getByText('GDELT could not be reached (too many requests, try again later).'),
    ).toBeTruthy();
  });
});
