/** Project code bundled for a page, as a content script bundles it (`@/` resolved): the reading benches inject it with addScriptTag. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `contents` (TypeScript importing `@/lib/...`) as one browser IIFE. */
export async function bundleForPage(contents: string): Promise<string> {
  const output = await build({
    // The reader word lists, which a content script is given by the background at start.
    stdin: { contents: `import '@/lib/sites/reader-words-data';\n${contents}`, resolveDir: REPO_ROOT, loader: 'ts' },
    alias: { '@': REPO_ROOT },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  return output.outputFiles[0]!.text;
}
