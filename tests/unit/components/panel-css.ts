import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts the popup's, side panel's, options' and reader's stylesheet (components/panel.css) into
 * the jsdom document, so that a test can read what the cascade gives an element. jsdom applies
 * selectors and inheritance but not custom properties: colours read as "var(--accent)".
 */
export function usePanelCss(): void {
  if (document.getElementById('panel-css')) return;
  const style = document.createElement('style');
  style.id = 'panel-css';
  style.textContent = readFileSync(join(__dirname, '../../../components/panel.css'), 'utf8');
  document.head.append(style);
}
