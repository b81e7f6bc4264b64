import { retentionPeriod } from '@/lib/format/retention-period';
import { countMessage, type Translate } from '@/lib/i18n/translate';
import { useI18n } from './i18n';

const CHOICES = [30, 90, 180, 365, 730, 0];

export interface RetentionSelectProps {
  /** Days; 0 keeps history until deleted; undefined while loading. */
  days: number | undefined;
  onChange(days: number): void;
}

/** How long reading history is kept; saved articles are never affected. */
export function RetentionSelect({ days, onChange }: RetentionSelectProps) {
  const { t, locale } = useI18n();
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
            {d === 0 ? t('retentionForever') : periodName(t, locale, d)}
          </option>
        ))}
      </select>
      <p id="retention-help" class="meta">
        {t('retentionHelp')}
      </p>
    </div>
  );
}

const PERIOD_KEYS = {
  year: ['retentionYearOne', 'retentionYearOther'],
  month: ['retentionMonthOne', 'retentionMonthOther'],
} as const;

/** "1 year", "6 months", "45 days": a period as the reader names it (lib/format). */
function periodName(t: Translate, locale: string, days: number): string {
  const { unit, count } = retentionPeriod(days);
  if (unit === 'day') return t('retentionDays', count);
  const [one, other] = PERIOD_KEYS[unit];
  return countMessage(t, locale, count, one, other);
}
