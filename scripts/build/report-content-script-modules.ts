/**
 * A build step that writes where each content script's bytes come from (issue 10): for every
 * module bundled into a content script, its rendered length before the second minification
 * (./minify-content-scripts.ts) and that code's gzip-9 size alone. Gzip of one module alone
 * overstates what it costs inside the whole script (gzip reuses text across modules), so the
 * report is for ranking, not for adding up; the budget itself stays tests/bench/content-script-size.ts.
 * Only when DESKPILOT_BUNDLE_REPORT names an output folder (scripts/content-script-bytes.ts sets
 * it): one `<script>.json` there per content script; a normal build writes nothing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { CONTENT_SCRIPT_FILE } from './minify-content-scripts';

export type ModuleBytes = { module: string; rendered: number; gzipAlone: number };

/** The modules of one rendered chunk, largest gzip first; modules tree shaking emptied are left out. */
export function moduleBytesOf(modules: Record<string, { code: string | null }>, root: string): ModuleBytes[] {
  return Object.entries(modules)
    .filter(([, rendered]) => (rendered.code ?? '').length > 0)
    .map(([id, rendered]) => {
      const code = rendered.code ?? '';
      return {
        module: id.startsWith(root) ? id.slice(root.length + 1) : id,
        rendered: code.length,
        gzipAlone: gzipSync(code, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzipAlone - a.gzipAlone);
}

export function reportContentScriptModules(outputDir = process.env.DESKPILOT_BUNDLE_REPORT): Plugin {
  let root = '';
  return {
    name: 'deskpilot:report-content-script-modules',
    apply: 'build',
    // Before the second minification replaces the chunk's code; module ids are kept either way.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      if (!outputDir) return;
      // WXT builds the content scripts side by side, one IIFE each: one file per script, none shared.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !CONTENT_SCRIPT_FILE.test(chunk.fileName)) continue;
        await mkdir(outputDir, { recursive: true });
        const modules = moduleBytesOf(chunk.modules, root);
        await writeFile(join(outputDir, `${basename(chunk.fileName, '.js')}.json`), `${JSON.stringify(modules, null, 1)}\n`);
      }
    },
  };
}
