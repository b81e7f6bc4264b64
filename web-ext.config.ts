import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Chromium with Backstory loaded: CHROME_PATH if set, else Debian's chromium
// when present, else whatever Chrome the launcher finds.
const chrome =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineWebExtConfig({
  binaries: chrome ? { chrome } : {},
  // Chromium refuses to start as root without this (containers, CI machines).
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  startUrls: process.env.BACKSTORY_START_URL ? [process.env.BACKSTORY_START_URL] : [],
});
