/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveManager } from '@/components/archive-manager';
import { I18nContext } from '@/components/i18n';
import { createTranslator } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';

describe('ArchiveManager', () => {
  const props = () => ({
    stats: { articles: 12, saved: 3 },
    usageBytes: 3 * 1_048_576,
    status: null,
    busy: false,
    onExport: vi.fn(),
    onImport: vi.fn(),
    onDeleteSite: vi.fn(),
    onDeleteAll: vi.fn(),
  });

  it('shows what is kept and offers export, import and deletion', () => {
    const p = props();
    render(<ArchiveManager {...p} />);
    expect(screen.getByText('12 articles read, 3 saved · 3.0 MB used on this device')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export saved articles (Markdown)' }));
    expect(p.onExport.mock.calls).toEqual([['json'], ['markdown']]);
    const file = new File(['{}'], 'backstory.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import an export…'), { target: { files: [file] } });
    expect(p.onImport).toHaveBeenCalledWith(file);
    fireEvent.input(screen.getByLabelText('Delete a site’s articles'), {
      target: { value: 'example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(p.onDeleteSite).toHaveBeenCalledWith('example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(p.onDeleteAll).toHaveBeenCalledOnce();
  });

  it('follows French plural rules and writes numbers the French way', () => {
    const inFrench = (stats: { articles: number; saved: number }, bytes: number) =>
      render(
        <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
          <ArchiveManager {...props()} stats={stats} usageBytes={bytes} />
        </I18nContext.Provider>,
      );
    const one = inFrench({ articles: 1, saved: 0 }, 2.4 * 1_048_576);
    // French puts 0 and 1 in the singular: "1 article lu, 0 enregistré", and "2,4 Mo".
    expect(one.container.textContent).toContain(
      '1 article lu, 0 enregistré · 2,4 Mo utilisés sur cet appareil',
    );
    one.unmount();
    const many = inFrench({ articles: 1234, saved: 2 }, 0);
    expect(many.container.textContent).toContain('1\u202f234 articles lus, 2 enregistrés');
  });

  it('disables actions while one runs and announces its progress', () => {
    render(<ArchiveManager {...props()} busy={true} status="Importing… 200 of 5000" />);
    expect(
      (screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Importing… 200 of 5000');
  });
});
