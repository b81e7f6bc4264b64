import { useI18n } from './i18n';
import { SettingToggle } from './setting-toggle';

export interface OnlineSourcesProps {
  /** undefined while the settings load. */
  wikipedia: boolean | undefined;
  outside: boolean | undefined;
  onWikipedia(on: boolean): void;
  onOutside(on: boolean): void;
}

/**
 * The online sources of the options page, each off until the reader turns it on, each saying
 * exactly what it sends and where.
 */
export function OnlineSources({ wikipedia, outside, onWikipedia, onOutside }: OnlineSourcesProps) {
  const { t } = useI18n();
  return (
    // A fieldset groups the two boxes; its legend looks like every other section heading.
    <fieldset class="setting-block online-sources">
      <legend>{t('onlineSourcesHeading')}</legend>
      <p class="meta">{t('onlineSourcesIntro')}</p>
      <SettingToggle
        id="wikipedia"
        label={t('wikipediaLabel')}
        help={t('wikipediaHelp')}
        checked={wikipedia}
        onChange={onWikipedia}
      />
      <SettingToggle
        id="outside-coverage"
        label={t('outsideCoverageLabel')}
        help={t('outsideCoverageHelp')}
        checked={outside}
        onChange={onOutside}
      />
    </fieldset>
  );
}
