/**
 * `npx tsx scripts/content-script-bytes.ts [script] [count]`: where a content script's bytes go
 * (issue 10). Builds once with the module report on (scripts/build/report-content-script-modules.ts)
 * and prints the largest modules of one script (default: the largest by gzip-9), JSON data files
 * included, by their code's gzip-9 size alone and their rendered length before the second
 * minification. For ranking what to shrink; the 30 KB budget is `npm run bench -- content-script-size`.
 */
import { execSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ModuleBytes } from './build/report-content-script-modules';
import { printTable } from './table';

const CONTENT_SCRIPTS = '.output/chrome-mv3/content-scripts';

async function largestScript(): Promise<string> {
  const sizes = await Promise.all(
    (await readdir(CONTENT_SCRIPTS)).map(async (file) => ({
      file,
      gzip: gzipSync(await readFile(join(CONTENT_SCRIPTS, file)), { level: 9 }).length,
    })),
  );
  return sizes.sort((a, b) => b.gzip - a.gzip)[0]!.file.replace(/\.js$/, '');
}

async function main(): Promise<void> {
  const [script, count = '15'] = process.argv.slice(2);
  const reportDir = await mkdtemp(join(tmpdir(), 'content-script-bytes-'));
  try {
    execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, DESKPILOT_BUNDLE_REPORT: reportDir } });
    const name = script ?? (await largestScript());
    const output = await readFile(join(CONTENT_SCRIPTS, `${name}.js`));
    const modules: ModuleBytes[] = JSON.parse(await readFile(join(reportDir, `${name}.json`), 'utf8'));
    const title = `${name}.js: ${output.length} B raw, ${gzipSync(output, { level: 9 }).length} B gzip-9, ${modules.length} modules`;
    const rows = modules
      .slice(0, Number(count))
      .map((m) => ({ module: m.module, 'gzip-9 alone (B)': m.gzipAlone, 'rendered (B)': m.rendered }));
    printTable(title, rows);
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}

await main();
