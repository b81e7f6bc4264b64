/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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

  it('shows nothing when the article has no entities', () => {
    const { container } = render(<EntityList entities={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
