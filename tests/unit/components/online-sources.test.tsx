/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OnlineSources } from '@/components/online-sources';
import { usePanelCss } from './panel-css';

describe('OnlineSources', () => {
  it('shows each source off, says what it sends, and turns one on', () => {
    const onWikipedia = vi.fn();
    const onOutside = vi.fn();
    render(
      <OnlineSources
        wikipedia={false}
        outside={false}
        onWikipedia={onWikipedia}
        onOutside={onOutside}
      />,
    );
    // One group, named by its legend, as the options page shows it.
    const group = screen.getByRole('group', { name: 'Online sources' });
    const wiki = within(group).getByRole('checkbox', {
      name: /Wikipedia background/,
    }) as HTMLInputElement;
    const gdelt = within(group).getByRole('checkbox', {
      name: /Outside coverage/,
    }) as HTMLInputElement;
    expect(wiki.checked).toBe(false);
    expect(gdelt.checked).toBe(false);
    expect(wiki.getAttribute('aria-describedby')).toBe('wikipedia-help');
    expect(screen.getByText(/never the page, its address or its text/)).toBeTruthy();
    fireEvent.click(wiki);
    expect(onWikipedia).toHaveBeenCalledWith(true);
    expect(onOutside).not.toHaveBeenCalled();
    fireEvent.click(gdelt);
    expect(onOutside).toHaveBeenCalledWith(true);
  });

  it('cannot be changed before the settings have loaded', () => {
    render(
      <OnlineSources
        wikipedia={undefined}
        outside={undefined}
        onWikipedia={() => {}}
        onOutside={() => {}}
      />,
    );
    for (const box of screen.getAllByRole('checkbox')) {
      expect((box as HTMLInputElement).disabled).toBe(true);
    }
  });

  it('has a heading styled like the page’s other headings, and nothing stray at its end', () => {
    usePanelCss();
    render(
      <>
        <h2>Sites never recorded</h2>
        <OnlineSources
          wikipedia={false}
          outside={false}
          onWikipedia={() => {}}
          onOutside={() => {}}
        />
      </>,
    );
    const legend = screen.getByText('Online sources');
    const h2 = screen.getByRole('heading', { name: 'Sites never recorded' });
    for (const prop of ['fontSize', 'textTransform', 'letterSpacing', 'color'] as const) {
      expect(getComputedStyle(legend)[prop], prop).toBe(getComputedStyle(h2)[prop]);
    }
    const group = screen.getByRole('group', { name: 'Online sources' });
    // The box's last setting ends the box: no divider and no gap of its own under it.
    const settings = group.querySelectorAll('.setting');
    expect(getComputedStyle(settings[settings.length - 1]!).paddingBottom).toBe('0px');
  });
});
