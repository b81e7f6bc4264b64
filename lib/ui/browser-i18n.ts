import { browser } from 'wxt/browser';
import { createBrowserTranslator, type I18n } from '../i18n/translate';

/** The browser's language and messages (browser.i18n), for an extension page. */
export function browserI18n(): I18n {
  // The language the browser picked our messages in, so that dates and language names agree
  // with the text: on Linux getUILanguage() and @@ui_locale can differ from it.
  const locale = browser.i18n.getMessage('locale') || browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  return {
    locale,
    t: createBrowserTranslator((key, subs) => browser.i18n.getMessage(key, subs)),
  };
}
