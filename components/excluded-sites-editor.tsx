import { useRef, useState } from 'preact/hooks';
import { normalizeSiteEntry } from '@/lib/privacy/excluded-sites';
import { foldOnEscape } from './fold-on-escape';
import { useI18n } from './i18n';

export interface ExcludedSitesEditorProps {
  /** undefined while the setting loads. */
  sites: string[] | undefined;
  onChange(sites: string[]): void;
  onRestoreDefaults(): void;
}

// How many sites the folded list shows.
const FOLDED = 8;

/** The list of sites Backstory never records: add one, remove one, restore the defaults. */
export function ExcludedSitesEditor({
  sites,
  onChange,
  onRestoreDefaults,
}: ExcludedSitesEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = foldOnEscape(expanded, () => setExpanded(false), toggle);
  const all = sites ?? [];
  // A long list hides nothing silently: the first few, then a button saying how many there are.
  const shown = expanded ? all : all.slice(0, FOLDED);
  const add = (e: Event) => {
    e.preventDefault();
    const site = normalizeSiteEntry(draft);
    if (!site) return setError(t('notASite', draft));
    setError(null);
    setDraft('');
    // The added site shows, wherever it sorts.
    setExpanded(true);
    if (!sites?.includes(site)) onChange([...(sites ?? []), site].sort());
  };
  return (
    <section class="setting-block" aria-labelledby="excluded-heading">
      <h2 id="excluded-heading">{t('excludedHeading')}</h2>
      <p class="meta">{t('excludedHelp')}</p>
      <form class="add-site" onSubmit={add}>
        <label for="new-site">{t('addSiteLabel')}</label>
        <input
          id="new-site"
          value={draft}
          placeholder="example.com"
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-site-error' : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={sites === undefined}>
          {t('addButton')}
        </button>
      </form>
      {error && (
        <p id="new-site-error" class="error" role="alert">
          {error}
        </p>
      )}
      <ul id="site-list" class="site-list" aria-label={t('excludedHeading')} onKeyDown={onKeyDown}>
        {shown.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button
              type="button"
              aria-label={t('removeSite', site)}
              onClick={() => onChange(sites!.filter((s) => s !== site))}
            >
              {t('removeButton')}
            </button>
          </li>
        ))}
      </ul>
      <div class="actions" onKeyDown={onKeyDown}>
        {all.length > FOLDED && (
          <button
            ref={toggle}
            type="button"
            aria-expanded={expanded}
            aria-controls="site-list"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('showFewerSites') : t('showAllSites', all.length)}
          </button>
        )}
        <button type="button" onClick={onRestoreDefaults}>
          {t('restoreDefaults')}
        </button>
      </div>
    </section>
  );
}
