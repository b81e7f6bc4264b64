import { defineConfig } from 'wxt';
import { nerWeightsAliases } from './lib/entities/ner-model-choice';

// The online sources the reader can turn on in the options (each off by default). The
// end-to-end tests build with BACKSTORY_EXTRA_CONNECT naming their fake APIs' one origin on
// 127.0.0.1 (package.json "test:e2e"); a build for users has no such entry.
const ONLINE_SOURCES = [
  'https://www.wikidata.org',
  'https://*.wikipedia.org',
  'https://api.gdeltproject.org',
  ...extraConnect(process.env.BACKSTORY_EXTRA_CONNECT),
];

function extraConnect(value = ''): string[] {
  const origins = value.split(/\s+/).filter(Boolean);
  for (const o of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/.test(o)) {
      throw new Error(
        `BACKSTORY_EXTRA_CONNECT: "${o}" is not an origin such as http://127.0.0.1:47213`,
      );
    }
  }
  return origins;
}

// Sync (#19) reaches the reader's own CouchDB, whose origin is known only once they enter it:
// a manifest's CSP cannot name it, so connect-src admits HTTPS origins (never plain HTTP, so
// nothing on this computer or the local network). At run time the background narrows that to
// the one origin the reader entered with declarativeNetRequest rules on the extension's own
// requests (lib/privacy/own-requests.ts), and lib/sync/server.ts refuses any other in code.
const SYNC_CONNECT = ['https:'];

// Extension pages load only their own code and styles, embed nothing, and connect only to
// themselves, the online sources above (the service worker asks those, only when turned on)
// and, for sync, HTTPS. Page text is rendered as text; this is the second line of defence.
const extensionPagesCsp = (dev: boolean) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
    "img-src 'self' data:",
    // `npm run dev` reloads the extension through WXT's dev server.
    [
      'connect-src',
      "'self'",
      ...ONLINE_SOURCES,
      ...SYNC_CONNECT,
      ...(dev ? ['http://localhost:3000', 'ws://localhost:3000'] : []),
    ].join(' '),
  ].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere (STYLE.md §1): every dependency is visible.
  imports: false,
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in the README ("Permissions").
    permissions: [
      'storage',
      'contextMenus',
      'alarms',
      // Blocks the extension's own requests to any origin but the CSP's named ones of the online
      // sources turned on and the sync server entered (lib/privacy/own-requests.ts); it never
      // touches pages' requests.
      // The "WithHostAccess" form gives the same API with no install warning of its own: the
      // host permissions below already cover every origin the rules match.
      'declarativeNetRequestWithHostAccess',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy:
      browser === 'firefox'
        ? (extensionPagesCsp(command === 'serve') as unknown as { extension_pages: string }) // MV2: a string
        : { extension_pages: extensionPagesCsp(command === 'serve') },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.local',
              // Backstory collects no data: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // BACKSTORY_NER_MODEL=permissive bundles the tagger weights trained on CC0 / CC BY data only
    // (lib/entities/model/MODEL.md); unset, the shipped weights.
    resolve: { alias: nerWeightsAliases(process.env.BACKSTORY_NER_MODEL) },
  }),
});
