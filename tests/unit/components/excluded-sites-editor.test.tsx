/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExcludedSitesEditor } from '@/components/excluded-sites-editor';
import { usePanelCss } from './panel-css';

describe('ExcludedSitesEditor', () => {
  it('adds a typed site in its normal form, removes one, restores defaults', () => {
    const onChange = vi.fn();
    const onRestoreDefaults = vi.fn();
    render(
      <ExcludedSitesEditor
        sites={['b.example']}
        onChange={onChange}
        onRestoreDefaults={onRestoreDefaults}
      />,
    );
    fireEvent.input(screen.getByLabelText('Add a site'), {
      target: { value: 'https://www.A.example/x' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onChange).toHaveBeenLastCalledWith(['a.example', 'b.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove b.example' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the default list' }));
    expect(onRestoreDefaults).toHaveBeenCalledOnce();
  });

  it('says plainly when an entry is not a site', () => {
    const onChange = vi.fn();
    render(<ExcludedSitesEditor sites={[]} onChange={onChange} onRestoreDefaults={() => {}} />);
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'my bank' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe(
      '"my bank" is not a site name such as example.com',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a long list folded, says how many sites there are, and unfolds it', () => {
    const sites = Array.from({ length: 52 }, (_, i) => `site${String(i).padStart(2, '0')}.example`);
    render(<ExcludedSitesEditor sites={sites} onChange={() => {}} onRestoreDefaults={() => {}} />);
    const list = screen.getByRole('list', { name: 'Sites never recorded' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    const more = screen.getByRole('button', { name: 'Show all 52 sites' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(within(list).getAllByRole('listitem')).toHaveLength(52);
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
  });

  it('folds the unfolded list on Escape, the focus back on the button that unfolded it', () => {
    const sites = Array.from({ length: 52 }, (_, i) => `site${String(i).padStart(2, '0')}.example`);
    render(<ExcludedSitesEditor sites={sites} onChange={() => {}} onRestoreDefaults={() => {}} />);
    const list = screen.getByRole('list', { name: 'Sites never recorded' });
    fireEvent.click(screen.getByRole('button', { name: 'Show all 52 sites' }));
    // The reader tabbed down the list to a late site, then changed their mind.
    const late = within(list).getByRole('button', { name: /site40\.example/ });
    late.focus();
    const kept = fireEvent.keyDown(late, { key: 'Escape' });
    expect(kept).toBe(false); // consumed: the popup or page does not act on it too
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    const more = screen.getByRole('button', { name: 'Show all 52 sites' });
    expect(document.activeElement).toBe(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    // Folded, Escape is the page's again.
    expect(fireEvent.keyDown(more, { key: 'Escape' })).toBe(true);
  });

  it('offers no button for a short list, and keeps its label on one line', () => {
    usePanelCss();
    render(
      <ExcludedSitesEditor
        sites={['a.example']}
        onChange={() => {}}
        onRestoreDefaults={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(getComputedStyle(screen.getByText('Add a site')).whiteSpace).toBe('nowrap');
    // Nothing is hidden in a scroll area the reader cannot see: the list folds instead.
    expect(getComputedStyle(screen.getByRole('list')).overflow).not.toBe('auto');
  });
});
