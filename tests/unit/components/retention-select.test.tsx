/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RetentionSelect } from '@/components/retention-select';
import { french } from './in-french';
import { usePanelCss } from './panel-css';

describe('RetentionSelect', () => {
  it('offers periods and "until I delete them", and reports the choice in days', () => {
    const onChange = vi.fn();
    render(<RetentionSelect days={365} onChange={onChange} />);
    const select = screen.getByRole('combobox', {
      name: 'Keep articles only read (not saved) for',
    }) as HTMLSelectElement;
    expect(select.value).toBe('365');
    // Periods as a reader names them, not "365 days".
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      '1 month',
      '3 months',
      '6 months',
      '1 year',
      '2 years',
      'until I delete them',
    ]);
    fireEvent.change(select, { target: { value: '0' } });
    expect(onChange).toHaveBeenCalledWith(0);
  });

  it('names the periods in French too', () => {
    render(french(<RetentionSelect days={365} onChange={() => {}} />));
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      '1 mois',
      '3 mois',
      '6 mois',
      '1 an',
      '2 ans',
      'jusqu’à ce que je les supprime',
    ]);
  });

  it('cannot be changed before the setting has loaded, and says what it keeps', () => {
    render(<RetentionSelect days={undefined} onChange={() => {}} />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    const help = document.getElementById(select.getAttribute('aria-describedby')!)!;
    expect(help.textContent).not.toBe('');
  });

  it('is styled like the page’s other fields, its label on its own line', () => {
    usePanelCss();
    render(<RetentionSelect days={365} onChange={() => {}} />);
    const select = screen.getByRole('combobox');
    expect(getComputedStyle(select).borderRadius).toBe('6px');
    expect(getComputedStyle(screen.getByText(/^Keep articles/)).display).toBe('block');
  });
});
