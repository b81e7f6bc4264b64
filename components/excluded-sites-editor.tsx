import { useState } from 'preact/hooks';
import { normalizeSiteEntry } from '@/lib/privacy/excluded-sites';

export interface ExcludedSitesEditorProps {
  /** undefined while the setting loads. */
  sites: string[] | undefined;
  onChange(sites: string[]): void;
  onRestoreDefaults(): void;
}

/** The list of sites Backstory never records: add one, remove one, restore the defaults. */
export function ExcludedSitesEditor({
  sites,
  onChange,
  onRestoreDefaults,
}: ExcludedSitesEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const site = normalizeSiteEntry(draft);
    if (!site) return setError(`"${draft}" is not a site name such as example.com`);
    setError(null);
    setDraft('');
    if (!sites?.includes(site)) onChange([...(sites ?? []), site].sort());
  };
  return (
    <section class="setting-block" aria-labelledby="excluded-heading">
      <h2 id="excluded-heading">Sites never recorded</h2>
      <p class="meta">
        On these sites and their subdomains Backstory does nothing at all. Mail, banking and health
        sites are listed to start with; hosts with “bank”, “mail” or “patient” in their name are
        always skipped.
      </p>
      <form class="add-site" onSubmit={add}>
        <label for="new-site">Add a site</label>
        <input
          id="new-site"
          value={draft}
          placeholder="example.com"
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-site-error' : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={sites === undefined}>
          Add
        </button>
      </form>
      {error && (
        <p id="new-site-error" class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="site-list" aria-label="Sites never recorded">
        {(sites ?? []).map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button
              type="button"
              aria-label={`Remove ${site}`}
              onClick={() => onChange(sites!.filter((s) => s !== site))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onRestoreDefaults}>
        Restore the default list
      </button>
    </section>
  );
}
