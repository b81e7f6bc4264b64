import { useI18n } from './i18n';

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
    <fieldset class="online-sources">
      <legend>{t('onlineSourcesHeading')}</legend>
      <p class="meta">{t('onlineSourcesIntro')}</p>
      <div class="setting">
        <input
          id="wikipedia"
          type="checkbox"
          checked={wikipedia ?? false}
          disabled={wikipedia === undefined}
          aria-describedby="wikipedia-help"
          onChange={(e) => onWikipedia(e.currentTarget.checked)}
        />
        <div>
          <label for="wikipedia">{t('wikipediaLabel')}</label>
          <p id="wikipedia-help" class="meta">
            {t('wikipediaHelp')}
          </p>
        </div>
      </div>
      <div class="setting">
        <input
          id="outside-coverage"
          type="checkbox"
          checked={outside ?? false}
          disabled={outside === undefined}
          aria-describedby="outside-coverage-help"
          onChange={(e) => onOutside(e.currentTarget.checked)}
        />
        <div>
          <label for="outside-coverage">{t('outsideCoverageLabel')}</label>
          <p id="outside-coverage-help" class="meta">
            {t('outsideCoverageHelp')}
          </p>
        </div>
      </div>
    </fieldset>
  );
}
