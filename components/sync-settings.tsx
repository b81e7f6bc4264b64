import { useState } from 'preact/hooks';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { syncStatusLines } from '@/lib/ui/sync-text';
import { useI18n } from './i18n';

/** What the reader enters to set sync up. */
export interface SyncSetupValues {
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

export interface SyncSettingsProps {
  /** undefined while loading. */
  status: SyncStatus | undefined;
  /** A set-up, sync or turning off is under way. */
  busy: boolean;
  /** Why the last set-up failed, in plain words; null when it did not. */
  setupError: string | null;
  now: number;
  onSetUp(values: SyncSetupValues): void;
  /** The user name and password again, after the server refused them. */
  onSignIn(credentials: { username: string; password: string }): void;
  onSyncNow(): void;
  onTurnOff(): void;
}

const FIELDS = [
  ['url', 'syncServerLabel', 'url', 'url'],
  ['database', 'syncDatabaseLabel', 'text', 'off'],
  ['username', 'syncUserLabel', 'text', 'username'],
  ['password', 'syncPasswordLabel', 'password', 'current-password'],
  ['passphrase', 'syncPassphraseLabel', 'password', 'new-password'],
] as const;

// The help under a field, read out with it (aria-describedby).
const HELP: Partial<Record<keyof SyncSetupValues, string>> = {
  url: 'sync-url-help',
  passphrase: 'sync-passphrase-help',
};

/**
 * The options' sync section: off until set up (server, database, user, password, passphrase);
 * then where it syncs, when it last did, what is not sent yet and any error in plain words.
 */
export function SyncSettings(props: SyncSettingsProps) {
  const { t, locale } = useI18n();
  const { status, busy } = props;
  const [values, setValues] = useState<SyncSetupValues>({
    url: '',
    database: 'backstory',
    username: '',
    password: '',
    passphrase: '',
  });
  const lines = status?.configured ? syncStatusLines(t, locale, status, props.now) : null;
  return (
    <section class="setting-block sync-settings" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p class="meta">{t('syncIntro')}</p>
      <p class="meta">{t('syncWhatIsSent')}</p>
      {status && !status.configured && (
        <form
          class="sync-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSetUp(values);
          }}
        >
          <p class="meta">{t('syncOff')}</p>
          {FIELDS.map(([name, label, type, autocomplete]) => (
            <div class="field" key={name}>
              <label class="field-label" for={`sync-${name}`}>
                {t(label)}
              </label>
              <input
                id={`sync-${name}`}
                class="input"
                type={type}
                autocomplete={autocomplete}
                required={name !== 'username' && name !== 'password'}
                minLength={name === 'passphrase' ? 8 : undefined}
                placeholder={name === 'url' ? t('syncServerExample') : undefined}
                value={values[name]}
                aria-describedby={HELP[name]}
                onInput={(e) =>
                  setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value })
                }
              />
              {name === 'url' && (
                <p id={HELP.url} class="meta">
                  {t('syncServerHelp')}
                </p>
              )}
              {name === 'passphrase' && (
                <p id={HELP.passphrase} class="meta">
                  {t('syncPassphraseHelp')}
                </p>
              )}
            </div>
          ))}
          <button type="submit" disabled={busy}>
            {busy ? t('syncSettingUp') : t('syncSetUp')}
          </button>
        </form>
      )}
      {props.setupError && (
        <p class="error" role="alert">
          {props.setupError}
        </p>
      )}
      {status?.configured && lines && (
        <div class="sync-status">
          <p>{t('syncOn', status.server ?? '')}</p>
          <p role="status">{lines.synced}</p>
          <p class="meta">{lines.pending}</p>
          {lines.error && (
            <p class="error" role="alert">
              {lines.error}
            </p>
          )}
          {status.error === 'unauthorized' && (
            <form
              class="sync-form"
              aria-label={t('syncSignInHeading')}
              onSubmit={(e) => {
                e.preventDefault();
                props.onSignIn({ username: values.username, password: values.password });
              }}
            >
              <p class="meta">{t('syncSignInHelp')}</p>
              {FIELDS.filter(([name]) => name === 'username' || name === 'password').map(
                ([name, label, type, autocomplete]) => (
                  <div class="field" key={name}>
                    <label class="field-label" for={`sync-signin-${name}`}>
                      {t(label)}
                    </label>
                    <input
                      id={`sync-signin-${name}`}
                      class="input"
                      type={type}
                      autocomplete={autocomplete}
                      value={values[name]}
                      onInput={(e) =>
                        setValues({
                          ...values,
                          [name]: (e.currentTarget as HTMLInputElement).value,
                        })
                      }
                    />
                  </div>
                ),
              )}
              <button type="submit" disabled={busy || status.running}>
                {t('syncSignIn')}
              </button>
            </form>
          )}
          <div class="actions">
            <button type="button" disabled={busy || status.running} onClick={props.onSyncNow}>
              {t('syncNow')}
            </button>
            <button type="button" disabled={busy} onClick={props.onTurnOff}>
              {t('syncTurnOff')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
