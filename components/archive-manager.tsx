import { useState } from 'preact/hooks';
import { countMessage, formatNumber } from '@/lib/i18n/translate';
import { useI18n } from './i18n';

export interface ArchiveManagerProps {
  stats: { articles: number; saved: number } | undefined;
  /** Bytes used by Backstory's storage, when the browser says. */
  usageBytes: number | undefined;
  /** A line saying what the last action did or is doing (progress, result, refusal). */
  status: string | null;
  busy: boolean;
  onExport(kind: 'json' | 'markdown'): void;
  onImport(file: File): void;
  onDeleteSite(site: string): void;
  onDeleteAll(): void;
}

/** Export, import and delete: the reader's control over everything Backstory keeps. */
export function ArchiveManager(props: ArchiveManagerProps) {
  const { stats, usageBytes, status, busy } = props;
  const { t, locale } = useI18n();
  const [site, setSite] = useState('');
  return (
    <section class="setting-block" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('archiveHeading')}</h2>
      <p class="meta">
        {stats
          ? t(
              'archiveCounts',
              countMessage(t, locale, stats.articles, 'archiveReadOne', 'archiveReadOther'),
              countMessage(t, locale, stats.saved, 'archiveSavedOne', 'archiveSavedOther'),
            )
          : t('counting')}
        {usageBytes !== undefined &&
          t(
            'storageUsed',
            formatNumber(usageBytes / 1_048_576, locale, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
          )}
      </p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => props.onExport('json')}>
          {t('exportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => props.onExport('markdown')}>
          {t('exportMarkdown')}
        </button>
        <label class="file-button">
          {t('importFile')}
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) props.onImport(file);
              (e.currentTarget as HTMLInputElement).value = '';
            }}
          />
        </label>
      </div>
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          if (site.trim()) props.onDeleteSite(site.trim());
        }}
      >
        <label for="delete-site">{t('deleteSiteLabel')}</label>
        <input
          id="delete-site"
          value={site}
          placeholder="example.com"
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {t('deleteButton')}
        </button>
      </form>
      <button type="button" class="danger" disabled={busy} onClick={props.onDeleteAll}>
        {t('deleteAll')}
      </button>
      {status && (
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      )}
    </section>
  );
}
