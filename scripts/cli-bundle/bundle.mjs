/**
 * The command line as one prebuilt bundle (esbuild, already installed for the extension's build),
 * so `npm run -s cli` transpiles nothing at run time: tsx's loader spends ~2 s of CPU on `extract`'s
 * 1,200 modules, the bundle loads them in ~0.1 s (issue 12). Built on the first run into
 * node_modules/.cache/deskpilot-cli (gitignored, gone with `npm ci`) and rebuilt when the hash of
 * its sources changes. Plain JavaScript: it runs before anything can transpile TypeScript.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where bundles live; a test points it elsewhere. */
export const CACHE = process.env.DESKPILOT_CLI_CACHE || join(ROOT, 'node_modules', '.cache', 'deskpilot-cli');
const MANIFEST = 'manifest.json';
/** Files that shape the bundle from outside its module graph (packages change with the lock file). */
const BUILD_FILES = ['package-lock.json', 'tsconfig.json', '.wxt/tsconfig.json', 'scripts/cli-bundle/bundle.mjs'];
/** A bundle another run may still be loading is kept this long after a newer one replaces it. */
const OLD_BUNDLE_GRACE_MS = 10 * 60_000;

/** linkedom's EventTarget, which `extract` parses pages with (scripts/commands/light-page.ts). */
const EVENT_TARGET_FILE = /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/;
const EAGER_LISTENERS = 'wm.set(this, new Map);';
const LISTENERS_OF_THIS = 'const map = wm.get(this);';

/**
 * linkedom gives every node, at its creation, an entry in one WeakMap for its event listeners: on
 * the 19,000 elements kept of a 5,000-message Gmail page that is a third of the parse's CPU time
 * (0.2 s; issue 12), for listeners no read ever adds. In the bundle the entry is made when a
 * listener is first added or removed instead; dispatching already treats a node without one as
 * having none. Null when linkedom's source no longer reads as expected (the bundle then keeps it as it is).
 */
export function lazyEventTargets(source) {
  if (!source.includes(EAGER_LISTENERS) || source.split(LISTENERS_OF_THIS).length !== 3) return null;
  return source
    .replace(EAGER_LISTENERS, '')
    .replaceAll(LISTENERS_OF_THIS, 'let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map()));');
}

const lazyEventTargetsPlugin = {
  name: 'deskpilot-lazy-event-targets',
  setup(build) {
    build.onLoad({ filter: EVENT_TARGET_FILE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: lazyEventTargets(source) ?? source, loader: 'js' };
    });
  },
};

/** The hash of the project's sources a bundle was built from (packages: through the lock file). */
export function sourceHash(inputs, root = ROOT) {
  const hash = createHash('sha256').update(process.version);
  for (const file of [...BUILD_FILES, ...inputs]) {
    hash.update(`\0${file}\0`);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex').slice(0, 20);
}

/** The entry of the built bundle when it matches today's sources; otherwise null. */
export function freshBundle(cache = CACHE, root = ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cache, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(manifest?.inputs) || typeof manifest.dir !== 'string') return null;
  return sourceHash(manifest.inputs, root) === manifest.hash ? join(cache, manifest.dir, 'cli.mjs') : null;
}

/** Builds the bundle into a folder of its own, then points the manifest at it; returns its entry. */
export async function buildBundle(cache = CACHE) {
  const { build } = await import('esbuild');
  const dir = `${Date.now().toString(36)}-${process.pid}`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['scripts/cli.ts'],
    outdir: join(cache, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // One chunk per command, as scripts/commands/run-cli.ts imports them: `extract` loads only its own.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    plugins: [lazyEventTargetsPlugin],
    logLevel: 'silent',
    // Bundled CommonJS packages (happy-dom's `ws`) call require() for Node's own modules.
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .sort();
  const manifest = { hash: sourceHash(inputs), dir, inputs };
  // Written whole, then renamed: a run in parallel reads the old manifest or the new, never half of one.
  const temporary = join(cache, `${MANIFEST}.${process.pid}`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, join(cache, MANIFEST));
  removeOldBundles(cache, dir);
  return join(cache, dir, 'cli.mjs');
}

function removeOldBundles(cache, keep) {
  for (const entry of readdirSync(cache, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const folder = join(cache, entry.name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > OLD_BUNDLE_GRACE_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
