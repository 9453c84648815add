import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES, LOOPBACK_MATCHES } from './lib/sites/matches';
import { dropJsonComments } from './scripts/build/drop-json-comments';
import { minifyContentScripts } from './scripts/build/minify-content-scripts';
import { reportContentScriptModules } from './scripts/build/report-content-script-modules';

// The manifest is a function of the target browser so Chrome-only permissions (sidePanel) never
// leak into Firefox's, and of the mode so only the test build may read loopback pages.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Data files' comments stay in the repository, out of the bundles; the content scripts are
  // minified twice (both for the content scripts' 30 KB gzip budget).
  // WXT's ContentScriptContext is swapped for the subset the scripts use (lib/content-script/context.ts).
  // The module report writes nothing unless asked (scripts/content-script-bytes.ts asks).
  vite: () => ({
    plugins: [dropJsonComments(), reportContentScriptModules(), minifyContentScripts()],
    // Rolldown's default ('smart') inlines an imported constant into every condition that uses it:
    // a long selector list (generic-selectors.ts) then stands in a script twice, often more than
    // gzip's 32 KB window apart. Terser still inlines the short ones. Off: 60–105 B gzip less per
    // content script, 1.8 KB raw (measured 2026-12-05), and 0.02 MB less over the whole build.
    build: { rolldownOptions: { optimization: { inlineConst: false } } },
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/content-script/context.ts', import.meta.url)),
        },
      ],
    },
  }),
  hooks: {
    // A content script — a site's, and the generic reader's — reads with the structural reader only
    // once the background injects it (lib/sites/engine/structural-source.ts): the build leaves it out
    // of their bundles (issue 10: it was most of generic.js's 30 KB gzip budget).
    'vite:build:extendConfig': ([entrypoint, ...others], config) => {
      if (others.length > 0 || entrypoint?.type !== 'content-script') return;
      config.define = { ...config.define, 'import.meta.env.STRUCTURAL_ON_DEMAND': 'true' };
    },
    // The test/demo build (mode e2e) also reads fixture inbox pages served on loopback.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOOPBACK_MATCHES];
    },
  },
  zip: { excludeSources: ['.ci/**', 'tests/**', 'scripts/**', 'node_modules/**'] },
  manifest: ({ browser, manifestVersion, mode }) => {
    const testBuild = mode === 'e2e';
    // Store and pack origins are asked for at run time, one origin at a time; MV2 lists them with
    // the optional API permissions. Plain http only on this machine: local AI servers (Ollama,
    // LM Studio, vLLM) and local proxies.
    const optionalOrigins = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
    return {
      // Store listing and browser UI in the browser's language: public/_locales/<lang>/messages.json.
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // activeTab + scripting + contextMenus: the generic reader is injected only where the agent asks.
      permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
      host_permissions: testBuild ? [...CONTENT_MATCHES, ...LOOPBACK_MATCHES] : CONTENT_MATCHES,
      ...(manifestVersion === 2 ? { optional_permissions: optionalOrigins } : { optional_host_permissions: optionalOrigins }),
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        'insert-top-suggestion': {
          suggested_key: { default: 'Alt+Shift+I' },
          description: '__MSG_commandInsertTopSuggestion__',
        },
        'read-page-with-deskpilot': {
          suggested_key: { default: 'Alt+Shift+R' },
          description: '__MSG_commandReadPage__',
        },
      },
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'deskpilot@deskpilot.dev', strict_min_version: '115.0' } } }
        : {}),
    };
  },
});
