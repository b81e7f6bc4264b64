import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'test-artifacts');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet start-up: no sign-in, sync, updates or field trials (this machine has no network).
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A page behind another tab (the side panel while its article is in front) otherwise gets a
  // frame about once a second: each screenshot of it waited 1-3 s for one. Nothing on these
  // pages animates, so the browser draws no more than before.
  '--disable-frame-rate-limit',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
};

export interface FixtureServer {
  origin: string;
  /** Every request received, as "METHOD /path?query", in order. */
  log: string[];
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 at a free port; paths under /spa/ serve spa.html. */
export async function startFixtureServer(listenPort = 0): Promise<FixtureServer> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // /gen/N.html: article N, the English fixture under its own canonical URL and title.
    const gen = /^\/gen\/(\d+)\.html$/.exec(path);
    if (gen) {
      const html = readFileSync(join(FIXTURES_DIR, 'world-desk-putin-pyongyang.en.html'), 'utf8')
        .replace(/putin-pyongyang-visit/g, `story-${gen[1]}`)
        .replace(/Putin lands in Pyongyang/g, `Story ${gen[1]}: Putin lands in Pyongyang`);
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(html);
      return;
    }
    const name = path.startsWith('/spa/')
      ? 'spa.html'
      : normalize(decodeURIComponent(path)).replace(/^[/\\.]+/, '');
    const file = join(FIXTURES_DIR, name);
    if (!file.startsWith(FIXTURES_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(listenPort, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections(); // The browser keeps connections alive; do not wait for them.
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html). */
  openExtensionPage(path: string): Promise<Page>;
  /** The id of the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** Starts headless Chromium with the built extension loaded, on a fresh profile. */
export interface LaunchOptions {
  /** Interface language ("fr"). */
  lang?: string;
  /** Allow Backstory in private windows, as a reader would in chrome://extensions. */
  incognitoAllowed?: boolean;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // On Linux Chromium takes its interface language from LANGUAGE, not from --lang.
      ...(opts.lang
        ? { env: { ...process.env, LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` } }
        : {}),
      args: [
        ...QUIET_FLAGS,
        ...(opts.lang ? [`--lang=${opts.lang}`] : []),
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
      ],
    });
  let context = await launch();
  if (opts.incognitoAllowed) {
    // The switch lives in the profile's Preferences, written on first start: set it, restart.
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(first.url()).host;
    await context.close();
    const prefsPath = join(profile, 'Default', 'Preferences');
    const prefs = JSON.parse(readFileSync(prefsPath, 'utf8'));
    prefs.extensions.settings[id].incognito = true;
    writeFileSync(prefsPath, JSON.stringify(prefs));
    context = await launch();
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 640 }); // a popup's or side panel's size
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(url) {
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot as a test artifact (test-artifacts/, never committed). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/**
 * The one port the fake online APIs (tests/fake-apis) listen on in end-to-end tests: the test
 * build allows exactly this origin in its CSP (package.json "test:e2e").
 */
export const FAKE_APIS_PORT = 47213;

const PORT_LOCK = join(tmpdir(), `backstory-e2e-port-${FAKE_APIS_PORT}.lock`);

/** Whether the process that took the port lock has gone (a run killed without its afterAll). */
function portHolderGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(PORT_LOCK, 'pid'), 'utf8'));
  } catch {
    return false; // Taken a moment ago: its pid is not written yet.
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Waits until no other end-to-end file holds FAKE_APIS_PORT, then holds it until the returned
 * function is called. Files run two at a time (vitest.e2e.config.ts), the Firefox ones beside
 * them in `npm test` (tests/run-all.sh; tests/e2e-firefox/privacy.spec.ts takes the port too),
 * and a file using the port may close and reopen it in the middle of its tests (sync.spec.ts),
 * so it is held per file.
 * Every file runs in its own process (vitest's forks pool), whose pid the lock records.
 */
export async function holdFakeApisPort(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(PORT_LOCK);
      writeFileSync(join(PORT_LOCK, 'pid'), String(process.pid));
      return () => rmSync(PORT_LOCK, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (portHolderGone()) rmSync(PORT_LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}
