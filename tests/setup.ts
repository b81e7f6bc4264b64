import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

if (typeof document !== 'undefined') {
  // findBy and waitFor wait for what the reader would see; their default 1 s is a guard against
  // a hang, not a speed, and too short on a loaded 2-core machine running two workers.
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}

afterEach(async () => {
  fakeBrowser.reset();
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/preact');
    cleanup();
  }
});
