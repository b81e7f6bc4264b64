/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExcludedSitesEditor } from '@/components/excluded-sites-editor';

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
});
