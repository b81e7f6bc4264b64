import { storage } from 'wxt/utils/storage';

/** Recording on (default) or paused. When paused, pages are neither extracted nor stored. */
export const recordingEnabled = storage.defineItem<boolean>('local:recordingEnabled', {
  fallback: true,
});
