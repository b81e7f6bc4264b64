import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type I18n } from '@/lib/i18n/translate';

/** English unless an entrypoint provides the browser's language (lib/ui/browser-i18n.ts). */
export const I18nContext = createContext<I18n>({ t: createTranslator(), locale: 'en' });

/** The translator and locale of the nearest I18nContext. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
