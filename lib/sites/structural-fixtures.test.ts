import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { checkRead, fixturesWithoutExpected, siteFixtures } from './testing/structural-fixtures';
import { readOnTheDaySaved, restoreClockAfterEach } from './testing/fixture-day';

/**
 * Every fixture page, read by the structural reader alone: the site's selectors switched off, the
 * only hint the site's id. Subject, customer, message count, roles and the latest customer message
 * must match what the site's own adapter reads (the expected ticket beside each page).
 */
describe('the structural reader on every fixture page, site selectors switched off', () => {
  restoreClockAfterEach();
  it('has an expected ticket for every fixture page', () => {
    expect(fixturesWithoutExpected()).toEqual([]);
  });

  for (const fixture of siteFixtures()) {
    it(`${fixture.site}/${fixture.file}`, () => {
      readOnTheDaySaved(fixture.file);
      const page = fixture.load();
      const thread = readStructurally(page.document, page.url, { site: fixture.site });
      const wrong = checkRead(fixture.expected, thread).filter((result) => !result.ok);
      // A known miss is written beside the page with its reason; anything else wrong fails, and so does a miss that is fixed.
      const known = fixture.expected.noConversation ? [] : (fixture.expected.structuralMisses ?? []);
      expect(wrong.filter((result) => !known.includes(result.field))).toEqual([]);
      expect(wrong.map((result) => result.field)).toEqual(known);
      if (thread) expect(thread.site).toBe(fixture.site);
    });
  }
});
