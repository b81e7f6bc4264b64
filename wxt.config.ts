import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere (STYLE.md §1): every dependency is visible.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Read the news with context: recognises news articles, remembers them on your device, and shows earlier coverage.',
    // Each permission is justified in the README ("Permissions").
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.local' } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
