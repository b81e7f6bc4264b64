import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { refusedForText } from '@/lib/extract/detect';
import { waitForQuiet } from '@/lib/extract/wait-for-quiet';
import { createSanitizer } from '@/lib/archive/sanitize';
import { onMessage, sendMessage } from '@/lib/messaging/messenger';
import type { PageReport } from '@/lib/messaging/protocol';
import { buildPageReport } from '@/lib/pipeline/page-report';
import { readPage } from '@/lib/pipeline/read-page';
import { isExcludedUrl } from '@/lib/privacy/excluded-sites';
import { excludedSites, recordingEnabled } from '@/lib/settings';
import { createHighlights, type Highlights } from './highlights';
import { keepContextFromPage } from './keep-context';

/* Test pages: tests/fixtures/news24-putin-pyongyang.fr.html, front-page.html, spa.html, lazy.html */

// Let a page that is still rendering settle first; a static page costs one quiet period.
const SETTLE = { quietMs: 400, maxMs: 4_000 };
// A body that arrives late (lazy loading, single-page sites) gets one more look, bounded.
const SECOND_LOOK = { quietMs: 600, maxMs: 10_000, afterChange: true };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    keepContextFromPage(ctx); // A page's forged hand-over event must not stop us.
    // Private windows are never recorded: nothing is read, nothing is sent.
    if (browser.extension.inIncognitoContext) return;
    const highlights = createHighlights(ctx);
    const check = createChecker(ctx, highlights);
    void check();
    // History-API navigations (single-page sites) re-run the check on the new URL.
    // The event comes from the Navigation API's "navigate", before the URL changes: the check
    // reads location.href once the navigation is done.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void check(), 0));
    const unwatch = recordingEnabled.watch((on) => {
      // Recording turned back on: look at the open page now (its marks were cleared).
      if (on) void check().then(() => highlights.show(location.href));
      else highlights.clear(); // Paused: the page goes back to how it was.
    });
    ctx.onInvalidated(unwatch);
    // Saving: the background asks for the article's HTML, sanitised here, where a DOM exists.
    const stopCapture = onMessage('captureArticle', () => captureArticle());
    ctx.onInvalidated(stopCapture);
  },
});

function captureArticle() {
  const result = readPage(document, location.href, { withHtml: true });
  if (!result.ok || result.html === undefined) return null;
  const { url, canonicalUrl } = result.article;
  return { url: url ?? location.href, canonicalUrl, html: createSanitizer(window)(result.html) };
}

/** One check at a time; a navigation during a check queues one more. */
function createChecker(ctx: ContentScriptContext, highlights: Highlights): () => Promise<void> {
  let reportedUrl: string | null = null;
  let running = false;
  let queued = false;
  const root = () => document.body ?? document.documentElement;

  const checkOnce = async () => {
    const url = location.href;
    if (url === reportedUrl) return;
    highlights.clear(); // Marks of the previous page (single-page sites) go first.
    if (!(await recordingEnabled.getValue())) return;
    // Excluded sites (mail, banking, health by default): not even the cheap check runs.
    if (isExcludedUrl(url, await excludedSites.getValue())) return;
    await waitForQuiet(root(), { ...SETTLE, signal: ctx.signal });
    if (ctx.isInvalid || location.href !== url) return; // Moved on: the queued check handles it.
    reportedUrl = url;
    const report = safeReport(url);
    if (await send(report)) await highlights.show(url);
    if (report.kind === 'not-article' && refusedForText(report.reason)) {
      const settled = await waitForQuiet(root(), { ...SECOND_LOOK, signal: ctx.signal });
      if (settled !== 'quiet' || ctx.isInvalid || location.href !== url) return;
      const second = safeReport(url);
      if (second.kind === 'article' && (await send(second))) await highlights.show(url);
    }
  };

  return async function check() {
    if (running) {
      queued = true;
      return;
    }
    running = true;
    try {
      do {
        queued = false;
        if (!ctx.isInvalid) await checkOnce();
      } while (queued);
    } finally {
      running = false;
    }
  };
}

/** Sends the report; whether the background stored an article. */
function send(report: PageReport): Promise<boolean> {
  return sendMessage('reportPage', report).then(
    (r) => r.accepted,
    (e: unknown) => {
      console.debug('[Backstory] report refused:', e);
      return false;
    },
  );
}

/** The page report; a page that breaks extraction is reported as such, never thrown. */
function safeReport(url: string): PageReport {
  try {
    return buildPageReport(document, url);
  } catch (e) {
    return { kind: 'not-article', url, reason: `extraction failed: ${String(e).slice(0, 200)}` };
  }
}
