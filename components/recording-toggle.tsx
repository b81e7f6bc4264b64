import { useI18n } from './i18n';

export interface RecordingToggleProps {
  /** undefined while the setting loads. */
  enabled: boolean | undefined;
  onChange(enabled: boolean): void;
}

/** The "record what I read" switch of the options page. */
export function RecordingToggle({ enabled, onChange }: RecordingToggleProps) {
  const { t } = useI18n();
  return (
    <div class="setting">
      <input
        id="recording"
        type="checkbox"
        checked={enabled ?? false}
        disabled={enabled === undefined}
        aria-describedby="recording-help"
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for="recording">{t('recordingLabel')}</label>
        <p id="recording-help" class="meta">
          {enabled === false ? t('recordingPaused') : t('recordingOn')}
        </p>
      </div>
    </div>
  );
}
