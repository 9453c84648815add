import { describe, expect, it } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { runPageScripts } from './testing/run-page-scripts';
import { freshdeskTags } from './freshdesk-tags';
import { gorgiasTags } from './gorgias-tags';
import { helpScoutTags } from './help-scout-tags';
import { canApplyTags } from './index';

/** Each site's tags fixture, its page script running (a picker that adds a typed tag on Enter). */
const SITES = [
  {
    name: 'Freshdesk',
    applier: freshdeskTags,
    site: 'freshdesk',
    url: 'https://northwind.freshdesk.com/a/tickets/2317',
    before: ['exchange'],
    plain: '2026-11-24-busy-page.html',
  },
  {
    name: 'Gorgias',
    applier: gorgiasTags,
    site: 'gorgias',
    url: 'https://northwind.gorgias.com/app/ticket/771',
    before: ['damaged', 'email'],
    plain: '2026-11-24-agent-replied-last.html',
  },
  {
    name: 'Help Scout',
    applier: helpScoutTags,
    site: 'help-scout',
    url: 'https://secure.helpscout.net/conversation/2210458803/1042/',
    before: ['shipping'],
    plain: '2026-11-24-agent-replied-last.html',
  },
] as const;

describe.each(SITES)('$name tags through the page’s own picker', ({ applier, site, url, before, plain }) => {
  const open = () => {
    const page = fixturePage(site, '2026-12-04-tags-field.html', url);
    runPageScripts(page);
    return page;
  };

  it('reads the tags the ticket shows', () => {
    expect(applier.readTags(open().document)).toEqual([...before]);
  });

  it('types each new tag and presses Enter; tags already there are left alone', async () => {
    const { document } = open();
    const outcome = await applier.applyTags(document, ['priority-urgent', before[0], 'sla-breach']);
    expect(outcome).toEqual({ applied: [...before, 'priority-urgent', 'sla-breach'] });
  });

  it('says which tags the page did not take when the picker ignores Enter', async () => {
    const { document } = fixturePage(site, '2026-12-04-tags-field.html', url);
    // No page script: the picker does nothing, as on a page whose picker changed.
    const outcome = await applier.applyTags(document, ['vip']);
    expect(outcome.applied).toEqual([...before]);
    // Either the picker took nothing, or (Help Scout) its input never opened.
    expect([
      { applied: [...before], failure: 'not-taken', missing: ['vip'] },
      { applied: [...before], failure: 'tag-box-closed' },
    ]).toContainEqual(outcome);
  });

  it('reports a ticket with no tags field instead of failing', async () => {
    const { document } = fixturePage(site, plain, url);
    expect(applier.readTags(document)).toBeNull();
    expect(await applier.applyTags(document, ['vip'])).toEqual({ applied: [], failure: 'no-tags-field' });
  });
});

describe('where Apply tags is offered', () => {
  it('on the inboxes with a tags field or labels; elsewhere Copy only', () => {
    for (const site of ['zendesk', 'freshdesk', 'gorgias', 'help-scout', 'gmail'] as const) expect(canApplyTags(site)).toBe(true);
    for (const site of ['amazon-seller-central', 'ebay', 'etsy', 'outlook', 'generic'] as const) expect(canApplyTags(site)).toBe(false);
  });
});
