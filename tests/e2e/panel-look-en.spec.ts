import { describe, it } from 'vitest';
import { shootPanels } from './panel-look';
import { useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();

// Not an assertion: screenshots of what a reader sees, for people to look at (test-artifacts/).
describe('the look of the panels (en)', () => {
  it('saves popup, options and reader screenshots, light and dark', async () => {
    await shootPanels(env, 'en');
  }, 240_000);
});
