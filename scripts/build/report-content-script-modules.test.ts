import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moduleBytesOf, reportContentScriptModules } from './report-content-script-modules';

const MODULES = {
  '/repo/lib/sites/words.json': { code: `var words = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => `word${i}`))};` },
  '/repo/lib/sites/tiny.ts': { code: 'var a = 1;' },
  '/repo/lib/sites/shaken.ts': { code: '' },
  '/elsewhere/node_modules/pkg/index.js': { code: null },
};

describe('moduleBytesOf', () => {
  it('ranks the modules by gzip size, relative to the root, leaving out what tree shaking emptied', () => {
    const ranked = moduleBytesOf(MODULES, '/repo');
    expect(ranked.map((entry) => entry.module)).toEqual(['lib/sites/words.json', 'lib/sites/tiny.ts']);
    expect(ranked[1]).toMatchObject({ rendered: 'var a = 1;'.length });
    expect(ranked[0]!.gzipAlone).toBeLessThan(ranked[0]!.rendered);
  });
});

describe('reportContentScriptModules', () => {
  let outputDir: string;
  beforeEach(async () => {
    outputDir = join(await mkdtemp(join(tmpdir(), 'report-content-script-modules-')), 'report');
  });
  afterEach(async () => {
    await rm(join(outputDir, '..'), { recursive: true, force: true });
  });

  async function run(dir: string | undefined): Promise<void> {
    const plugin = reportContentScriptModules(dir);
    (plugin.configResolved as (config: { root: string }) => void)({ root: '/repo' });
    const chunk = (fileName: string) => ({ type: 'chunk', fileName, modules: MODULES });
    const bundle = { a: chunk('content-scripts/zendesk.js'), b: chunk('sidepanel.js') };
    await (plugin.generateBundle as (options: unknown, bundle: unknown) => Promise<void>)({}, bundle);
  }

  it('writes one report per content script and none for other bundle files', async () => {
    await run(outputDir);
    expect(await readdir(outputDir)).toEqual(['zendesk.json']);
    const report = JSON.parse(await readFile(join(outputDir, 'zendesk.json'), 'utf8'));
    expect(report).toEqual(moduleBytesOf(MODULES, '/repo'));
  });

  it('writes nothing when no folder is named', async () => {
    await run(undefined);
    await expect(readdir(outputDir)).rejects.toThrow();
  });
});
