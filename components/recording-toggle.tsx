export interface RecordingToggleProps {
  /** undefined while the setting loads. */
  enabled: boolean | undefined;
  onChange(enabled: boolean): void;
}

/** The "record what I read" switch of the options page. */
export function RecordingToggle({ enabled, onChange }: RecordingToggleProps) {
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
        <label for="recording">Record the articles I read</label>
        <p id="recording-help" class="meta">
          {enabled === false
            ? 'Paused: Backstory does not read or remember any page until you turn this back on.'
            : 'Backstory recognises news articles you open and keeps them on this device only. Private windows are never recorded.'}
        </p>
      </div>
    </div>
  );
}
