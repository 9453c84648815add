import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_READERS } from '@/lib/sites/lists';
import { TAG_APPLIERS } from '@/lib/sites/tags';

const entrypoint = (site: string) => readFileSync(`${process.cwd()}/entrypoints/${site}.content.ts`, 'utf8');

/**
 * Each content script bundles only its own site's list reader and tag applier (answer-request.ts):
 * a site in the registries whose script does not pass them would lose its Queue or Apply tags.
 */
describe("each site's content script passes its own list reader and tag applier", () => {
  for (const site of Object.keys(LIST_READERS)) {
    it(`${site}: list reader`, () => {
      expect(entrypoint(site)).toMatch(new RegExp(`from '@/lib/sites/lists/${site}-list'[\\s\\S]*list: `));
    });
  }
  for (const site of Object.keys(TAG_APPLIERS)) {
    it(`${site}: tag applier`, () => {
      expect(entrypoint(site)).toMatch(/from '@\/lib\/sites\/tags\/[a-z-]+'[\s\S]*tags: /);
    });
  }
});
