import { describe, expect, it } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { runPageScripts } from './testing/run-page-scripts';
import { gmailLabels } from './gmail-labels';

const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';

function open() {
  const page = fixturePage('gmail', '2026-12-04-label-menu.html', URL);
  runPageScripts(page);
  return page;
}

describe('Gmail labels through the Labels menu', () => {
  it('reads the open thread’s label chips', () => {
    expect(gmailLabels.readTags(open().document)).toEqual(['Inbox']);
  });

  it('ticks the labels named like the tags (nested names too), clicks Apply, and names the tags with no label', async () => {
    const { document } = open();
    const outcome = await gmailLabels.applyTags(document, ['where-is-my-order', 'priority-high', 'sla-breach']);
    expect(outcome).toEqual({
      applied: ['Support/where-is-my-order', 'Support/priority-high'],
      failure: 'gmail-no-label',
      missing: ['sla-breach'],
    });
    expect(document.querySelector('#label-menu')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gmailLabels.readTags(document)).toEqual(['Inbox', 'Support/where-is-my-order', 'Support/priority-high']);
  });

  it('creates no label and clicks nothing in the menu when no tag has a label', async () => {
    const { document } = open();
    const outcome = await gmailLabels.applyTags(document, ['chargeback']);
    expect(outcome.applied).toEqual([]);
    expect(outcome).toMatchObject({ failure: 'gmail-no-label', missing: ['chargeback'] });
    // Closed with Escape, nothing applied.
    expect(document.querySelector('#label-menu')).toBeNull();
    expect(gmailLabels.readTags(document)).toEqual(['Inbox']);
  });

  it('says so when the menu does not open, and when the page has no thread toolbar', async () => {
    const silent = fixturePage('gmail', '2026-12-04-label-menu.html', URL);
    expect(await gmailLabels.applyTags(silent.document, ['vip'])).toEqual({ applied: [], failure: 'gmail-menu-closed' });
    const list = fixturePage('gmail', '2026-12-04-inbox-list.html', 'https://mail.google.com/mail/u/0/#inbox');
    expect(gmailLabels.readTags(list.document)).toBeNull();
    expect(await gmailLabels.applyTags(list.document, ['vip'])).toEqual({ applied: [], failure: 'gmail-no-toolbar' });
  });
});
