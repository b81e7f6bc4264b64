export interface SettingToggleProps {
  /** The checkbox's id; its help text gets `${id}-help`. */
  id: string;
  label: string;
  /** What the setting does, or what its state means, under the label. */
  help: string;
  /** undefined while the setting loads: the box cannot be changed yet. */
  checked: boolean | undefined;
  onChange(checked: boolean): void;
}

/** An on/off setting of the options page: a checkbox, its label and its help text. */
export function SettingToggle({ id, label, help, checked, onChange }: SettingToggleProps) {
  return (
    <div class="setting">
      <input
        id={id}
        type="checkbox"
        checked={checked ?? false}
        disabled={checked === undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        <p id={`${id}-help`} class="meta">
          {help}
        </p>
      </div>
    </div>
  );
}
