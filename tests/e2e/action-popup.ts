import type { CDPSession, Page } from 'playwright-core';
import type { BrowserEnv } from './setup-browser';

/**
 * The extension's popup as Chrome shows it from its toolbar button (chrome.action.openPopup),
 * not popup.html in a tab: Chrome closes this one on an Escape the page leaves to it. Playwright
 * does not attach to it, so it is driven through the DevTools protocol, from a page's session.
 */
export interface ActionPopup {
  /** Runs `expression` in the popup and returns its value (awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** Presses and releases Escape, as the keyboard does (the popup may close on it). */
  escape(): Promise<void>;
  /** Types `text` into the focused field. */
  type(text: string): Promise<void>;
  /** Whether the popup is still open. */
  isOpen(): Promise<boolean>;
}

const POPUP_URL = /\/popup\.html(\?|$)/;

async function popupTargets(cdp: CDPSession) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'page' && POPUP_URL.test(t.url));
}

/** Opens the toolbar popup over `page` (brought to the front: the popup shows its tab). */
export async function openActionPopup(env: BrowserEnv, page: Page): Promise<ActionPopup> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  await env.ext.worker.evaluate(() => chrome.action.openPopup());
  let targets = await popupTargets(cdp);
  for (let i = 0; i < 100 && !targets.length; i++) {
    await new Promise((r) => setTimeout(r, 100));
    targets = await popupTargets(cdp);
  }
  if (targets.length !== 1) throw new Error(`${targets.length} toolbar popups open, not one`);
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: targets[0]!.targetId,
    flatten: false,
  });
  let next = 0;
  const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m);
    waiting.delete(m.id!);
  });
  // Closed (on Escape): what was asked of it gets no answer.
  let closed = false;
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    closed = true;
    for (const resolve of waiting.values()) resolve({ error: { message: 'popup closed' } });
    waiting.clear();
  });
  const send = async (method: string, params: object = {}) => {
    if (closed) throw new Error(`${method}: popup closed`);
    const id = ++next;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
      waiting.set(id, resolve),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const m = await answer;
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result as Record<string, unknown>;
  };
  const key = { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 };
  const isOpen = async () => !closed && (await popupTargets(cdp)).length > 0;
  return {
    async evaluate<T>(expression: string) {
      const r = await send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      return (r['result'] as { value: T }).value;
    },
    async escape() {
      // Closed on the key going down: nothing left to answer, nor to release the key in.
      await send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }).catch(() => {});
      if (!closed) await send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }).catch(() => {});
    },
    async type(text: string) {
      await send('Input.insertText', { text });
    },
    isOpen,
  };
}
