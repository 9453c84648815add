/**
 * A second minification of the content scripts only, with terser, after Vite's own (oxc). Each
 * content script must stay within 30 KB gzip (tests/bench/content-script-size.ts) and carries the
 * whole reader; terser's compressor folds what oxc leaves — mostly the top-level constants oxc
 * keeps as variables (`MAX_ELEMENTS = 200`), inlined where used — which saves 0.8–0.9 KB gzip per
 * script (terser alone over the unminified bundle saves less). Safe options only: no `unsafe*`
 * but `unsafe_arrows` and `unsafe_methods` (why below), no `pure_getters`, no top-level scope.
 * WXT's last line, `<name>;`, is the script's completion
 * value, which `scripting.executeScript` returns: terser would drop it as a statement without
 * effect, so it is kept out of terser's reach and put back (whichever of the two plugins runs first). The panel and the other bundles are left to Vite:
 * they have no byte budget, and terser costs about 2.5 s of CPU per script, so results are kept
 * by content hash in node_modules/.cache and a build whose scripts did not change pays nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type MinifyOptions, minify } from 'terser';
import type { Plugin } from 'vite';
import { SPLIT_STRING_ARRAYS_KEY, splitStringArrays } from './split-string-arrays';

/** The bundle files that are content scripts: WXT writes them to `content-scripts/<name>.js`. */
export const CONTENT_SCRIPT_FILE = /^content-scripts\/[^/]+\.js$/;

export const CONTENT_SCRIPT_TERSER: MinifyOptions = {
  ecma: 2020,
  // unsafe_arrows: a function expression that never reads `this` becomes an arrow (mostly the
  // single-use helpers terser inlines as `function(e){…}(x)`); no content script constructs a
  // function expression with `new` (zod and WXT construct classes and named functions only).
  // unsafe_methods: an arrow or function in an object literal that never reads `this` becomes a
  // method; the oxc output has no `key: function` a script constructs. A third pass folds what the
  // second leaves: 47–50 B gzip-9 more per script with unsafe_methods (2026-12-05).
  // hoist_funs: a scope's function declarations move to its top, where JavaScript already hoists
  // them (oxc declares none inside a block: checked 2026-12-05); grouped, they compress better:
  // 190–280 B gzip-9 less per content script (measured 2026-12-05 on all ten; hoist_vars lost 1 KB).
  // A fourth pass, with the functions hoisted, folds 7–17 B more in each (a fifth, nothing).
  compress: { ecma: 2020, passes: 4, unsafe_arrows: true, unsafe_methods: true, hoist_funs: true },
  mangle: false,
  format: { comments: false },
};

const TERSER_VERSION: string = createRequire(import.meta.url)('terser/package.json').version;

/** WXT's footer (wxt/dist/core/builders/vite/plugins/iifeFooter.mjs): the script's name, alone. */
const COMPLETION_FOOTER = /\n[A-Za-z_$][\w$]*;\s*$/;

/**
 * Mangling again, after terser has inlined and hoisted, wins on some scripts and loses on others
 * (2026-12-05: generic −31 B gzip-9, zendesk +48 B): both are made and the smaller kept.
 */
const MANGLED_AGAIN: MinifyOptions = { ...CONTENT_SCRIPT_TERSER, mangle: true };

/** `code` minified again by terser with the options above, word lists joined (./split-string-arrays.ts), its completion footer kept as it is. */
export async function minifyContentScript(code: string): Promise<string> {
  const footer = COMPLETION_FOOTER.exec(code)?.[0] ?? '';
  const body = code.slice(0, code.length - footer.length);
  const [kept, mangled] = await Promise.all([terse(body, CONTENT_SCRIPT_TERSER), terse(body, MANGLED_AGAIN)]);
  return (gzipSync(mangled, { level: 9 }).length < gzipSync(kept, { level: 9 }).length ? mangled : kept) + footer;
}

async function terse(body: string, options: MinifyOptions): Promise<string> {
  const result = await minify(body, options);
  if (result.code === undefined) throw new Error('terser returned no code for a content script');
  return splitStringArrays(result.code);
}

/** As minifyContentScript, reusing the result for the same input, options and terser version. */
export async function minifyContentScriptCached(code: string, cacheDir: string): Promise<string> {
  const key = createHash('sha256')
    .update(`${TERSER_VERSION}\n${JSON.stringify([CONTENT_SCRIPT_TERSER, MANGLED_AGAIN])}\n${SPLIT_STRING_ARRAYS_KEY}\n${code}`)
    .digest('hex');
  const file = join(cacheDir, `${key}.js`);
  const cached = await readFile(file, 'utf8').catch(() => null);
  if (cached !== null) return cached;
  const minified = await minifyContentScript(code);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, minified);
  return minified;
}

/** Only in minified builds (`wxt build`, any mode), never in dev, which serves unminified code. */
export function minifyContentScripts(cacheDir = 'node_modules/.cache/deskpilot-content-scripts'): Plugin {
  let minified = false;
  return {
    name: 'deskpilot:minify-content-scripts',
    apply: 'build',
    configResolved(config) {
      minified = config.build.minify !== false;
    },
    async generateBundle(_options, bundle) {
      if (!minified) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !CONTENT_SCRIPT_FILE.test(chunk.fileName)) continue;
        chunk.code = await minifyContentScriptCached(chunk.code, cacheDir);
        // A source map of the first minification would no longer match: none is better than a wrong one.
        chunk.map = null;
      }
    },
  };
}
