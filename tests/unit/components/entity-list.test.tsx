/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EntityList } from '@/components/entity-list';
import type { EntitySummary } from '@/lib/messaging/protocol';

const e = (
  id: string,
  type: EntitySummary['type'],
  name: string,
  salience: number,
): EntitySummary => ({ id, type, name, salience, mentionCount: 2 });

describe('EntityList', () => {
  it('groups entities by type, in the order given (most salient first)', () => {
    render(
      <EntityList
        entities={[
          e('per:vladimir-poutine', 'PER', 'Vladimir Poutine', 1),
          e('loc:pyongyang', 'LOC', 'Pyongyang', 0.7),
          e('per:kim-jong-un', 'PER', 'Kim Jong Un', 0.9),
          e('org:otan', 'ORG', 'OTAN', 0.1),
        ]}
      />,
    );
    const people = screen.getByRole('list', { name: 'People' });
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vladimir Poutine', 'Kim Jong Un']);
    expect(
      within(screen.getByRole('list', { name: 'Places' })).getByText('Pyongyang'),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Organisations' })).getByText('OTAN'),
    ).toBeTruthy();
  });

  it('sets a name in another script apart, in its own direction, its language mark after it', () => {
    render(
      <EntityList
        entities={[
          e('per:x', 'PER', 'Kim Jong Un', 1),
          { ...e('loc:y', 'LOC', 'القدس', 0.5), nameLang: 'ar' },
        ]}
      />,
    );
    const place = within(screen.getByRole('list', { name: 'Places' })).getByRole('listitem');
    const name = place.querySelector('bdi');
    expect(name?.textContent).toBe('القدس');
    expect(name?.getAttribute('lang')).toBe('ar');
    // The mark stays outside the name's own direction, read after it.
    expect(name?.nextSibling?.textContent).toBe(' ');
    const person = within(screen.getByRole('list', { name: 'People' })).getByRole('listitem');
    expect(person.querySelector('bdi')?.textContent).toBe('Kim Jong Un');
  });

  it('shows nothing when the article has no entities', () => {
    const { container } = render(<EntityList entities={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('with onSelect, makes each name a button named for its background card', () => {
    const onSelect = vi.fn();
    render(
      <EntityList
        entities={[
          e('per:vladimir-poutine', 'PER', 'Vladimir Poutine', 1),
          e('loc:pyongyang', 'LOC', 'Pyongyang', 0.7),
        ]}
        onSelect={onSelect}
      />,
    );
    const region = screen.getByRole('region', { name: 'In this article' });
    const buttons = within(region).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Background on Vladimir Poutine',
      'Background on Pyongyang',
    ]);
    // Real buttons: in the tab order, and they do not submit a form.
    expect(buttons.map((b) => [b.tagName, b.getAttribute('type'), b.tabIndex])).toEqual([
      ['BUTTON', 'button', 0],
      ['BUTTON', 'button', 0],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Background on Pyongyang' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('loc:pyongyang');
  });

  it('without onSelect, shows the names as plain text', () => {
    render(<EntityList entities={[e('per:kim', 'PER', 'Kim Jong Un', 1)]} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toBe('Kim Jong Un');
  });

  it('shows at most eight names per group, the most salient, and their mention counts', () => {
    const people = Array.from({ length: 10 }, (_, i) => e(`per:${i}`, 'PER', `Person ${i}`, 1));
    render(<EntityList entities={people} />);
    const items = within(screen.getByRole('list', { name: 'People' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      Array.from({ length: 8 }, (_, i) => `Person ${i}`),
    );
    expect(items[0]!.getAttribute('title')).toBe('2 mentions');
  });

  it('shows the reader’s name for an entity when given, with the article’s own on hover', () => {
    const onSelect = vi.fn();
    render(
      <EntityList
        entities={[
          { ...e('per:Q7747', 'PER', 'Vladimir Poutine', 1), displayName: 'Vladimir Putin' },
          { ...e('per:x', 'PER', 'Jean Dupont', 0.5), mentionCount: 1 },
        ]}
        onSelect={onSelect}
      />,
    );
    const [putin, dupont] = screen.getAllByRole('listitem');
    expect(putin!.textContent).toBe('Vladimir Putin');
    expect(putin!.getAttribute('title')).toBe('Vladimir Poutine · 2 mentions');
    expect(dupont!.getAttribute('title')).toBe('1 mention');
    fireEvent.click(screen.getByRole('button', { name: 'Background on Vladimir Putin' }));
    expect(onSelect).toHaveBeenCalledWith('per:Q7747');
  });

  it('marks the language of a name shown as the article writes it', () => {
    render(
      <EntityList
        entities={[
          { ...e('loc:hotel-de-ville', 'LOC', 'Hôtel de Ville', 1), nameLang: 'fr' },
          { ...e('org:red-army', 'ORG', 'Armée rouge', 0.5), displayName: 'Red Army' },
        ]}
      />,
    );
    const place = within(screen.getByRole('list', { name: 'Places' })).getByRole('listitem');
    // Seen "Hôtel de Ville FR", read "Hôtel de Ville (French)", the name in French.
    expect(place.textContent).toBe('Hôtel de Ville FR(French)');
    expect(within(place).getByText('Hôtel de Ville').getAttribute('lang')).toBe('fr');
    expect(within(place).getByTitle('French')).toBeTruthy();
    const org = within(screen.getByRole('list', { name: 'Organisations' })).getByRole('listitem');
    expect(org.textContent).toBe('Red Army');
  });
});
