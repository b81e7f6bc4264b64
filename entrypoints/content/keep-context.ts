import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Only our own extension going away stops this content script, never the page. WXT hands over
 * between instances of a content script with a CustomEvent on `document` (named
 * `<extension id>:content:wxt:content-script-started`); any page script can dispatch it, with
 * made-up details, and so switch Backstory off on itself. WXT 0.20 does not check where the
 * event came from (0.21 neither, and it needs Node 22), so the handover is honoured only when
 * this instance really is orphaned: its extension was reloaded, updated or removed, and
 * `browser.runtime.id` is gone. A live instance ignores it.
 */
export function keepContextFromPage(ctx: ContentScriptContext): void {
  const verify = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => verify(event) && browser.runtime?.id == null;
}
