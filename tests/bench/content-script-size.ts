import { execSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

const CONTENT_SCRIPT = '.output/chrome-mv3/content-scripts/content.js';
const TARGET_GZIP_KB = 30;

/** Size of the production content script, raw and gzip, from a fresh production build. */
const bench: Bench = async () => {
  execSync('npx wxt build', { stdio: 'ignore' });
  const code = await readFile(CONTENT_SCRIPT);
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  return [
    { name: 'content script, raw', value: `${(code.length / 1024).toFixed(1)} KB`, target: '—', where: 'build output', met: true },
    {
      name: 'content script, gzip',
      value: `${gzipKb.toFixed(1)} KB`,
      target: `≤ ${TARGET_GZIP_KB} KB`,
      where: 'build output',
      met: gzipKb <= TARGET_GZIP_KB,
    },
  ];
};
export default bench;
