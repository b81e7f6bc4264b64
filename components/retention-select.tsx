import { useI18n } from './i18n';

const CHOICES = [30, 90, 180, 365, 730, 0];

export interface RetentionSelectProps {
  /** Days; 0 keeps history until deleted; undefined while loading. */
  days: number | undefined;
  onChange(days: number): void;
}

/** How long reading history is kept; saved articles are never affected. */
export function RetentionSelect({ days, onChange }: RetentionSelectProps) {
  const { t } = useI18n();
  return (
    <div class="setting-block">
      <label class="field-label" for="retention">
        {t('retentionLabel')}
      </label>
      <select
        class="select"
        id="retention"
        value={days === undefined ? '' : String(days)}
        disabled={days === undefined}
        aria-describedby="retention-help"
        onChange={(e) => onChange(Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {CHOICES.map((d) => (
          <option key={d} value={String(d)}>
            {d === 0 ? t('retentionForever') : t('retentionDays', d)}
          </option>
        ))}
      </select>
      <p id="retention-help" class="meta">
        {t('retentionHelp')}
      </p>
    </div>
  );
}
