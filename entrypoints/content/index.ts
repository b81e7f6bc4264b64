import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging/messenger';
import { buildPageReport } from '@/lib/pipeline/page-report';
import { recordingEnabled } from '@/lib/settings';

/* Test pages: tests/fixtures/news24-putin-pyongyang.fr.html, front-page.html, spa.html */

// After a history-API navigation the new view renders a moment later.
const SPA_SETTLE_MS = 800;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Private windows are never recorded: nothing is read, nothing is sent.
    if (browser.extension.inIncognitoContext) return;
    let lastUrl: string | null = null;
    const check = async () => {
      if (ctx.isInvalid || location.href === lastUrl) return;
      if (!(await recordingEnabled.getValue())) return;
      lastUrl = location.href;
      const report = buildPageReport(document, location.href);
      await sendMessage('reportPage', report).catch((e: unknown) => {
        console.debug('[Backstory] report refused:', e);
      });
    };
    void check();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void check(), SPA_SETTLE_MS);
    });
    watchRecording(ctx, check);
  },
});

/** Recording turned back on: look at the open page without waiting for a reload. */
function watchRecording(ctx: ContentScriptContext, check: () => Promise<void>) {
  const unwatch = recordingEnabled.watch((on) => {
    if (on) void check();
  });
  ctx.onInvalidated(unwatch);
}
