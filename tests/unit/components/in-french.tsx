import type { ComponentChildren } from 'preact';
import { I18nContext } from '@/components/i18n';
import { createTranslator } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';

/** `children` in a French interface: its messages and its way of writing numbers and dates. */
export const french = (children: ComponentChildren) => (
  <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
    {children}
  </I18nContext.Provider>
);
