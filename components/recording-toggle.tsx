import { useI18n } from './i18n';
import { SettingToggle } from './setting-toggle';

export interface RecordingToggleProps {
  /** undefined while the setting loads. */
  enabled: boolean | undefined;
  onChange(enabled: boolean): void;
}

/** The "record what I read" switch of the options page. */
export function RecordingToggle({ enabled, onChange }: RecordingToggleProps) {
  const { t } = useI18n();
  return (
    <SettingToggle
      id="recording"
      label={t('recordingLabel')}
      help={enabled === false ? t('recordingPaused') : t('recordingOn')}
      checked={enabled}
      onChange={onChange}
    />
  );
}
