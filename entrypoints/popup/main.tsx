import { render } from 'preact';
import { I18nContext } from '@/components/i18n';
import '@/components/panel.css';
import { browserI18n } from '@/lib/ui/browser-i18n';
import { App } from './app';

render(
  <I18nContext.Provider value={browserI18n()}>
    <App />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
