/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { SyncIndicator } from '@/components/sync-indicator';
import { SyncSettings } from '@/components/sync-settings';
import { createTranslator } from '@/lib/i18n/translate';
import type { SyncStatus } from '@/lib/messaging/protocol';
import fr from '@/public/_locales/fr/messages.json';

const NOW = Date.UTC(2026, 0, 5, 12);
const OFF: SyncStatus = {
  configured: false,
  running: false,
  lastSyncedAt: null,
  pending: 0,
  error: null,
};
const ON: SyncStatus = {
  configured: true,
  server: 'https://couch.example.org/backstory',
  running: false,
  lastSyncedAt: NOW - 5 * 60_000,
  pending: 3,
  error: null,
};
const noop = () => {};
/** SyncSettings with sync on (ON) and handlers that do nothing, but for what `over` gives. */
const settings = (over: Partial<ComponentProps<typeof SyncSettings>>) => (
  <SyncSettings
    status={ON}
    busy={false}
    setupError={null}
    now={NOW}
    onSetUp={noop}
    onSignIn={noop}
    onSyncNow={noop}
    onTurnOff={noop}
    {...over}
  />
);

describe('SyncSettings', () => {
  it('shows the shape of a server address, and what is sent when sync is on', () => {
    render(settings({ status: OFF }));
    const address = screen.getByLabelText(/Server address/) as HTMLInputElement;
    expect(address.placeholder).toBe('https://couch.example.org');
    // The example is read out with the field, not only shown while it is empty.
    expect(address.getAttribute('aria-describedby')).toBe('sync-url-help');
    expect(document.getElementById('sync-url-help')!.textContent).toContain(
      'like https://couch.example.org or https://example.org:6984',
    );
    expect(screen.getByText(/^Sent encrypted: each article you read or saved/)).toBeTruthy();
    expect(screen.getByText(/Not sent: the names found and the stories/)).toBeTruthy();
  });

  it('is off until set up, and sends what the reader entered', () => {
    const onSetUp = vi.fn();
    render(settings({ status: OFF, onSetUp }));
    expect(screen.getByText(/nothing leaves this device/)).toBeTruthy();
    const type = (label: RegExp, value: string) =>
      fireEvent.input(screen.getByLabelText(label), { target: { value } });
    type(/Server address/, 'https://couch.example.org');
    type(/User name/, 'reader');
    type(/^Password/, 'pw');
    type(/Passphrase/, 'correct horse battery');
    fireEvent.submit(screen.getByRole('button', { name: 'Turn sync on' }).closest('form')!);
    expect(onSetUp).toHaveBeenCalledWith({
      url: 'https://couch.example.org',
      database: 'backstory',
      username: 'reader',
      password: 'pw',
      passphrase: 'correct horse battery',
    });
  });

  it('once on: where, when, what is not sent, the error in plain words, Sync now', () => {
    const onSyncNow = vi.fn();
    render(settings({ status: { ...ON, error: 'full' }, onSyncNow }));
    expect(screen.getByText('Syncing with https://couch.example.org/backstory')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Last synced: 5 minutes ago');
    expect(screen.getByText('3 changes not sent yet')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/The server is full.*Nothing is lost/);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(onSyncNow).toHaveBeenCalled();
  });

  // What the runner's status says after each fault (tests/unit/lib/background/sync-faults.test.ts
  // brings each about against a real server): in plain words, the server's own words kept out.
  it.each([
    ['offline', /^The server could not be reached\. Backstory will try again; nothing is lost\.$/],
    ['unauthorized', /^The server refused the user name or password\. Nothing is lost/],
    ['full', /^The server is full: it refused what Backstory sent\. Nothing is lost; free space/],
  ] as const)(
    'a sync that failed (%s) says why in plain words, and what is not sent',
    (error, words) => {
      render(
        settings({ status: { ...ON, error, detail: 'TypeError: fetch failed (ECONNRESET)' } }),
      );
      expect(screen.getByRole('alert').textContent).toMatch(words);
      expect(screen.getByRole('alert').textContent).not.toMatch(/ECONNRESET|TypeError/);
      expect(screen.getByText('3 changes not sent yet')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    },
  );

  it('after a refused password, asks for the new one and signs in without a new set-up', () => {
    const onSignIn = vi.fn();
    const { rerender } = render(settings({ status: { ...ON, error: 'offline' }, onSignIn }));
    expect(screen.queryByRole('form', { name: 'Sign in to the server again' })).toBeNull();
    rerender(settings({ status: { ...ON, error: 'unauthorized' }, onSignIn }));
    const form = screen.getByRole('form', { name: 'Sign in to the server again' });
    // No passphrase and no server: the same archive on the same server.
    expect(screen.queryByLabelText(/Passphrase/)).toBeNull();
    fireEvent.input(screen.getByLabelText(/User name/), { target: { value: 'reader' } });
    fireEvent.input(screen.getByLabelText(/^Password/), { target: { value: 'new password' } });
    fireEvent.submit(form);
    expect(onSignIn).toHaveBeenCalledWith({ username: 'reader', password: 'new password' });
  });

  it('speaks French', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        {settings({ status: { ...ON, pending: 1, error: 'passphrase' } })}
      </I18nContext.Provider>,
    );
    expect(screen.getByText('1 modification pas encore envoyée')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/phrase secrète n’ouvre pas/);
  });
});

describe('SyncIndicator', () => {
  it('says nothing while sync is off, then when it last synced, or that it failed', () => {
    const { container, rerender } = render(<SyncIndicator status={OFF} now={NOW} />);
    expect(container.textContent).toBe('');
    rerender(<SyncIndicator status={ON} now={NOW} />);
    expect(container.textContent).toBe('Synced 5 minutes ago');
    rerender(<SyncIndicator status={{ ...ON, error: 'offline' }} now={NOW} />);
    expect(container.textContent).toBe('Sync failed');
    expect(container.querySelector('[title]')?.getAttribute('title')).toMatch(
      /could not be reached/,
    );
  });
});
