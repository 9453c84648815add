import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedExtras, installPageExtras } from '@/lib/content-script/extras-hook';
import { LIST_READERS } from '@/lib/sites/lists';
import { TAG_APPLIERS } from '@/lib/sites/tags';
import { REPLY_BOXES } from '@/lib/sites/reply-boxes';
import type { SiteId } from '@/lib/schemas/ticket';
import { testProfileOnPage } from '@/lib/sites/profile/test-on-page';
import { answerExtras } from './extras-answers';

const root = process.cwd();

/**
 * List readers and tag appliers reach a tab only with the page-extras script the panel injects
 * (extras-hook.ts): the content scripts, which every page load pays for, must not bundle them.
 */
describe('the page-extras script', () => {
  it("installs every site's list reader, tag applier and reply box, and the profile tester", async () => {
    const script = (await import('@/entrypoints/page-extras')).default as { main: () => void };
    script.main();
    for (const site of Object.keys(REPLY_BOXES) as SiteId[]) {
      expect(installedExtras(site)).toEqual({
        list: LIST_READERS[site],
        tags: TAG_APPLIERS[site],
        replyBox: REPLY_BOXES[site],
        testProfile: testProfileOnPage,
        answer: answerExtras,
      });
    }
    installPageExtras(undefined);
  });

  it('leaves the list readers, tag appliers and reply boxes out of every content script', () => {
    const scripts = readdirSync(`${root}/entrypoints`).filter((file) => file.endsWith('.content.ts'));
    expect(scripts.length).toBeGreaterThanOrEqual(10);
    for (const file of scripts)
      expect(readFileSync(`${root}/entrypoints/${file}`, 'utf8')).not.toMatch(/@\/lib\/sites\/(lists|tags|reply-boxes)/);
  });

  it('leaves the profile tester, the extras answers and the full snapshot request out of the content-script body', () => {
    const body = ['run.ts', 'answer-request.ts', 'answer-snapshot.ts', 'snapshot-hook.ts', 'extras-hook.ts'];
    for (const file of body) {
      const source = readFileSync(`${root}/lib/content-script/${file}`, 'utf8');
      // A type import is erased; a value import would bundle the module into every content script.
      expect(source).not.toMatch(
        /import \{[^}]*\} from '@\/lib\/(sites\/profile\/test-on-page|schemas\/snapshot-request|content-script\/extras-answers)'|from '\.\/extras-answers'/,
      );
    }
  });
});
