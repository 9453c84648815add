import { execSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Bench, BenchResult } from './types';

const CONTENT_SCRIPTS = '.output/chrome-mv3/content-scripts';
const TARGET_GZIP_KB = 30;

/**
 * Size of each production content script, raw and gzip, from a fresh production build. Each site
 * has its own script bundling only its own adapter; a page loads one.
 */
const bench: Bench = async () => {
  execSync('npx wxt build', { stdio: 'ignore' });
  const results: BenchResult[] = [];
  for (const file of (await readdir(CONTENT_SCRIPTS)).filter((f) => f.endsWith('.js')).sort()) {
    const code = await readFile(`${CONTENT_SCRIPTS}/${file}`);
    const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
    results.push({
      name: `content script ${file}, raw / gzip`,
      value: `${(code.length / 1024).toFixed(1)} KB / ${gzipKb.toFixed(1)} KB`,
      target: `≤ ${TARGET_GZIP_KB} KB gzip`,
      where: 'build output',
      met: gzipKb <= TARGET_GZIP_KB,
    });
  }
  return results;
};
export default bench;
