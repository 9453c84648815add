import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { siteFixtures } from '@/lib/sites/testing/structural-fixtures';
import { readMutated, type Variant } from './mutated-page';

/**
 * A regression floor for reading under mutated layouts (`npm run eval -- reading-mutations`): one
 * page of each site, read by the structural reader after the mutations a new build most often
 * brings. The floor is what the reader got right when it was measured; a change that reads fewer of
 * them all right fails here. Raise it when a fix reads more.
 */
/** Pages the structural reader reads all right as saved (none with a known miss), one per site. */
const PAGES = new Set([
  'amazon-seller-central/2026-11-24-buyer-waiting.html',
  'ebay/2026-11-24-buyer-waiting.html',
  'etsy/2026-12-04-older-message-page.html',
  'freshdesk/2026-11-24-busy-page.html',
  'generic/2026-11-24-helpdesk-ticket.html',
  'gmail/2026-11-24-agent-replied-last.html',
  'gorgias/2026-11-24-busy-page.html',
  'help-scout/2026-11-24-customer-waiting.html',
  'outlook/2026-11-24-customer-waiting.html',
  'zendesk/2026-11-24-busy-page.html',
]);
const VARIANTS: Variant[] = ['hash-classes', 'extra-wrappers', 'swap-tags', 'reverse-thread'];
/** Measured 2026-12-05 (seed 1): 31 of the 36 mutated pages read all right (27 before the wrapper and dated-row rules). */
const FLOOR = 31;
const SEED = '1';

describe('the structural reader under mutated layouts', () => {
  it('reads at least as many mutated pages all right as when the floor was measured', { timeout: 60_000 }, () => {
    const fixtures = siteFixtures().filter((fixture) => PAGES.has(`${fixture.site}/${fixture.file}`));
    expect(fixtures).toHaveLength(PAGES.size);
    const wrong: string[] = [];
    let [read, right] = [0, 0];
    for (const variant of VARIANTS)
      for (const fixture of fixtures) {
        const [results] =
          readMutated(fixture, variant, SEED, [(_, page) => readStructurally(page.document, page.url, { site: fixture.site })]) ?? [];
        if (!results) continue;
        read++;
        if (results.every((result) => result.ok)) right++;
        else wrong.push(`${variant} ${fixture.site}/${fixture.file}`);
      }
    console.log(`mutated pages read all right: ${right}/${read}; wrong: ${wrong.join(', ')}`);
    expect(right).toBeGreaterThanOrEqual(FLOOR);
  });
});
