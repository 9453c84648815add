import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minifyContentScript, minifyContentScriptCached, minifyContentScripts } from './minify-content-scripts';

// The shape WXT gives a content script: an IIFE assigned to the script's name, then the name alone,
// whose value scripting.executeScript returns. Top-level constants as oxc leaves them.
const SCRIPT = [
  'var demo=(function(){var MAX_ITEMS=200,LABEL=`messages`;',
  'function cap(e){return e.slice(-MAX_ITEMS)}',
  'function describe(e){return cap(e).length+` `+LABEL}',
  'return describe(Array.from({length:250},(e,t)=>t))})();',
  'demo;',
].join('\n');

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'minify-content-scripts-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('minifyContentScript', () => {
  it('inlines the constants, keeps the behaviour and the completion value', async () => {
    const minified = await minifyContentScript(SCRIPT);
    expect(minified.length).toBeLessThan(SCRIPT.length);
    expect(minified).not.toContain('MAX_ITEMS');
    expect(runInNewContext(SCRIPT)).toBe('200 messages');
    expect(runInNewContext(minified)).toBe('200 messages');
  });

  it('keeps the mangled version when it is the smaller one, behaviour unchanged', async () => {
    // Names oxc would have shortened: terser alone (no mangling) keeps them; mangled again they go.
    const longNames = [
      'var demo=(function(){function joinTheWords(theFirstWord,theSecondWord){',
      'for(let theCounter=0;theCounter<2;theCounter++)theFirstWord+=theSecondWord+theCounter;return theFirstWord}',
      'return joinTheWords(`a`,`b`)})();',
      'demo;',
    ].join('\n');
    const minified = await minifyContentScript(longNames);
    expect(minified).not.toContain('theFirstWord');
    expect(runInNewContext(minified)).toBe(runInNewContext(longNames));
  });

  it('reuses the cached result for the same script and minifies a changed one', async () => {
    const first = await minifyContentScriptCached(SCRIPT, cacheDir);
    expect(await minifyContentScriptCached(SCRIPT, cacheDir)).toBe(first);
    expect(await readdir(cacheDir)).toHaveLength(1);
    const changed = await minifyContentScriptCached(SCRIPT.replace('200', '100'), cacheDir);
    expect(runInNewContext(changed)).toBe('100 messages');
    expect(await readdir(cacheDir)).toHaveLength(2);
  });
});

describe('minifyContentScripts', () => {
  type Chunk = { type: 'chunk'; fileName: string; code: string; map: unknown };
  async function run(minify: boolean, files: string[]): Promise<Record<string, Chunk>> {
    const plugin = minifyContentScripts(cacheDir);
    (plugin.configResolved as (config: { build: { minify: boolean } }) => void)({ build: { minify } });
    const bundle = Object.fromEntries(files.map((fileName) => [fileName, { type: 'chunk', fileName, code: SCRIPT, map: null } as Chunk]));
    await (plugin.generateBundle as (options: unknown, bundle: Record<string, Chunk>) => Promise<void>)({}, bundle);
    return bundle;
  }

  it('minifies the content scripts again and leaves every other bundle file to Vite', async () => {
    const bundle = await run(true, ['content-scripts/gmail.js', 'sidepanel.js', 'chunks/content-scripts/shared.js']);
    expect(bundle['content-scripts/gmail.js']?.code.length).toBeLessThan(SCRIPT.length);
    expect(bundle['sidepanel.js']?.code).toBe(SCRIPT);
    expect(bundle['chunks/content-scripts/shared.js']?.code).toBe(SCRIPT);
  });

  it('does nothing in an unminified build', async () => {
    const bundle = await run(false, ['content-scripts/gmail.js']);
    expect(bundle['content-scripts/gmail.js']?.code).toBe(SCRIPT);
  });
});
