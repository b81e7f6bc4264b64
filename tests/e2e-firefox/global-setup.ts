import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../e2e/fixtures';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one Firefox of the run, with Backstory installed: where to connect, and its base URL. */
    firefox: { wsEndpoint: string; extensionOrigin: string };
  }
}

/**
 * Starts one headless Firefox for every spec file (a start costs seconds), installs the built
 * extension, and leaves it running for the files to connect to; closes it at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `no built extension in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first`,
    );
  }
  const geckoId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings
    .gecko.id;
  // Firefox gives each install a random moz-extension:// host; this pref chooses it instead.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  const wsEndpoint = browser.wsEndpoint();
  const firefox = browser.process();
  await browser.disconnect();
  project.provide('firefox', { wsEndpoint, extensionOrigin: `moz-extension://${uuid}` });

  return async () => {
    try {
      const again = await puppeteer.connect({
        browserWSEndpoint: wsEndpoint,
        protocol: 'webDriverBiDi',
      });
      await again.close();
    } finally {
      if (firefox?.exitCode === null) firefox.kill(); // A file left it unreachable.
    }
  };
}
