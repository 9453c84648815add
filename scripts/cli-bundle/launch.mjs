/**
 * What `npm run -s cli -- …` runs: scripts/cli.ts from its prebuilt bundle (./bundle.mjs), built
 * first when the sources changed since the last build. Where no bundle can be built or loaded
 * (esbuild missing, the cache not writable), the same TypeScript runs through tsx, as before:
 * slower, same output.
 */
import { pathToFileURL } from 'node:url';
import { buildBundle, freshBundle } from './bundle.mjs';

async function bundleEntry() {
  const fresh = freshBundle();
  if (fresh) return fresh;
  try {
    return await buildBundle();
  } catch {
    return null;
  }
}

async function launch() {
  const entry = await bundleEntry();
  if (entry) {
    try {
      await import(pathToFileURL(entry).href);
      return;
    } catch {
      // A bundle that cannot be loaded (removed, damaged) is skipped for the sources themselves.
    }
  }
  await import('tsx');
  await import('../cli.ts');
}

await launch();
