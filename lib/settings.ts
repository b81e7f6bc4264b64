import { storage } from 'wxt/utils/storage';
import { DEFAULT_EXCLUDED_SITES } from './privacy/excluded-sites';

/** Recording on (default) or paused. When paused, pages are neither extracted nor stored. */
export const recordingEnabled = storage.defineItem<boolean>('local:recordingEnabled', {
  fallback: true,
});

/** Sites never recorded: the content script does nothing there, not even the cheap check. */
export const excludedSites = storage.defineItem<string[]>('local:excludedSites', {
  fallback: [...DEFAULT_EXCLUDED_SITES],
});

/** How long articles only read (not saved) are kept, in days; 0 keeps them until deleted. */
export const historyRetentionDays = storage.defineItem<number>('local:historyRetentionDays', {
  fallback: 365,
});
