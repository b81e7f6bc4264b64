import { defineConfig } from 'wxt';

// Extension pages load only their own code and styles, embed nothing, connect nowhere but to
// themselves. Page text is rendered as text; this is the second line of defence.
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
    dev ? "connect-src 'self' http://localhost:3000 ws://localhost:3000" : "connect-src 'self'",
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
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
  }),
});
