import { storage } from 'wxt/utils/storage';
import { INITIAL_SYNC_STATE, type SyncConfig, type SyncState } from './background/sync';
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

/** Mentions of entities underlined in the article (default), or the page left untouched. */
export const highlightsEnabled = storage.defineItem<boolean>('local:highlightsEnabled', {
  fallback: true,
});

/** Background on entities from Wikipedia and Wikidata: off until the reader turns it on. */
export const wikipediaBackground = storage.defineItem<boolean>('local:wikipediaBackground', {
  fallback: false,
});

/** Outside coverage from the GDELT news index: off until the reader turns it on. */
export const outsideCoverageEnabled = storage.defineItem<boolean>('local:outsideCoverage', {
  fallback: false,
});

/** Where the online sources are asked. Tests (and a self-hosted mirror) point them elsewhere. */
export interface OnlineEndpoints {
  wikidataApi: string;
  /** Wikipedia's REST base with "{lang}" for the wiki's language. */
  wikipediaRest: string;
  gdeltApi: string;
}

export const DEFAULT_ENDPOINTS: OnlineEndpoints = {
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  wikipediaRest: 'https://{lang}.wikipedia.org/api/rest_v1',
  gdeltApi: 'https://api.gdeltproject.org/api/v2/doc/doc',
};

export const onlineEndpoints = storage.defineItem<OnlineEndpoints>('local:onlineEndpoints', {
  fallback: DEFAULT_ENDPOINTS,
});

/** Sync's server and credentials (lib/background/sync.ts); null while sync is off. */
export const syncConfig = storage.defineItem<SyncConfig | null>('local:syncConfig', {
  fallback: null,
});

/** How far sync got: what to send next, when it last finished, and its last error. */
export const syncState = storage.defineItem<SyncState>('local:syncState', {
  fallback: INITIAL_SYNC_STATE,
});
