/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HOVER_CARD_CSS, HoverCard } from '@/components/hover-card';

describe('HoverCard', () => {
  it('shows the name, the type and, when known, the description, as a tooltip', () => {
    render(
      <HoverCard
        card={{ title: 'Vladimir Poutine', typeLabel: 'Personne', description: 'Président russe' }}
        hint="Cliquez pour ouvrir"
        position={{ left: 10, top: 20 }}
      />,
    );
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toBe('PersonneVladimir PoutinePrésident russeCliquez pour ouvrir');
    expect(tip.style.left).toBe('10px');
    expect(tip.style.top).toBe('20px');
  });

  it('adds the one line of the reader’s own history, after the description', () => {
    render(
      <HoverCard
        card={{
          title: 'Vladimir Putin',
          typeLabel: 'Person',
          description: 'President of Russia',
          history: 'Last read about Jun 18, 2024 in “Putin arrives in Pyongyang”',
        }}
        hint="Click"
        position={{ left: 0, top: 0 }}
      />,
    );
    const lines = [...screen.getByRole('tooltip').querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toEqual([
      'Person',
      'Vladimir Putin',
      'President of Russia',
      'Last read about Jun 18, 2024 in “Putin arrives in Pyongyang”',
      'Click',
    ]);
  });

  it('leaves out an unknown description', () => {
    render(
      <HoverCard
        card={{ title: 'Pyongyang', typeLabel: 'Place' }}
        hint="Click"
        position={{ left: 0, top: 0 }}
      />,
    );
    expect(screen.getByRole('tooltip').querySelectorAll('p')).toHaveLength(3);
  });

  it('renders page-supplied strings as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1">Eve';
    const { container } = render(
      <HoverCard
        card={{ title: evil, typeLabel: 'Person', description: '<script>x()</script>' }}
        hint="Click"
        position={{ left: 0, top: 0 }}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(evil)).toBeTruthy();
  });

  it('keeps its host out of the page layout', () => {
    expect(HOVER_CARD_CSS).toMatch(/:host \{[^}]*position: fixed !important/);
    expect(HOVER_CARD_CSS).toMatch(/:host \{[^}]*pointer-events: none !important/);
  });
});
