/**
 * Real rich-text editors for fixture pages. Each inbox fixture mounts the editor its product really
 * uses (CKEditor 5, Froala, Draft.js, ...), installed from npm, so inserting a reply is proven
 * against that editor's own model rather than a bare contenteditable standing in for it.
 *
 * An editor is an entry file `tests/fixtures/editors/<name>.ts` that mounts the editor on an element
 * of the page and exposes `window.__editorState()` (the editor's own data/model text). It is bundled
 * with esbuild into a browser IIFE on first request and cached for the life of the process; CSS
 * the entry imports comes out as `<name>.css`. Fixture pages load them with
 * `<script src="/editors/<name>.js">` and `<link rel="stylesheet" href="/editors/<name>.css">`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const EDITORS = fileURLToPath(new URL('../fixtures/editors/', import.meta.url));
const EDITOR_NAME = /^[a-z0-9-]+$/;
/** Fonts and images an editor's CSS refers to travel inside the CSS. */
const INLINE_ASSETS = ['.woff', '.woff2', '.ttf', '.eot', '.svg', '.png', '.gif', '.jpg'] as const;

export interface EditorBundle {
  js: string;
  /** Empty when the entry imports no CSS. */
  css: string;
}

const cache = new Map<string, Promise<EditorBundle | null>>();

/** The bundle for `tests/fixtures/editors/<name>.ts`, or null when there is no such entry. */
export function editorBundle(name: string): Promise<EditorBundle | null> {
  if (!EDITOR_NAME.test(name)) return Promise.resolve(null);
  let bundle = cache.get(name);
  if (!bundle) {
    bundle = bundleEditor(name);
    cache.set(name, bundle);
    // A failed build is not cached: the next request tries again (the entry may have been fixed).
    bundle.catch(() => cache.delete(name));
  }
  return bundle;
}

/** What the fixture server sends for `/editors/<file>`: `<name>.js` or `<name>.css`. */
export async function editorAsset(file: string): Promise<{ body: string; contentType: string } | null> {
  const match = /^([a-z0-9-]+)\.(js|css)$/.exec(file);
  if (!match) return null;
  const bundle = await editorBundle(match[1]!);
  if (!bundle) return null;
  return match[2] === 'js'
    ? { body: bundle.js, contentType: 'text/javascript; charset=utf-8' }
    : { body: bundle.css, contentType: 'text/css; charset=utf-8' };
}

async function bundleEditor(name: string): Promise<EditorBundle | null> {
  const entry = `${EDITORS}${name}.ts`;
  if (!existsSync(entry)) return null;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    outdir: 'editor-bundle',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    // React and Draft.js read NODE_ENV; the production build is what real pages ship.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: Object.fromEntries(INLINE_ASSETS.map((extension) => [extension, 'dataurl'])),
  });
  const text = (extension: string) => result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}
