import { describe, expect, it } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { ZENDESK_TAGS_FIELD, ZENDESK_TAG_ITEM, zendeskTags } from './zendesk-tags';

const URL = 'https://northwind.zendesk.com/agent/tickets/4821';

/**
 * Stands in for Zendesk's React state as the fixture's own script does (scripts do not run in
 * happy-dom here): the field keeps what `input` events announced and adds that on Enter.
 */
function controlledTagsField(document: Document): void {
  const field = document.querySelector(ZENDESK_TAGS_FIELD)!;
  const input = field.querySelector('input')!;
  let typed = '';
  input.addEventListener('input', () => (typed = input.value));
  input.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Enter' || !typed) return;
    const item = document.createElement('span');
    item.setAttribute('data-test-id', 'ticket-system-field-tags-item-selected');
    item.textContent = typed;
    field.insertBefore(item, input);
    typed = '';
    input.value = '';
  });
}

describe('Zendesk tags field', () => {
  it('reads the tags the field shows', () => {
    const { document } = fixturePage('zendesk', '2026-12-04-tags-field.html', URL);
    expect(zendeskTags.readTags(document)).toEqual(['shipping', 'ups']);
  });

  it('types each new tag and presses Enter, as an agent would; tags already there are left alone', async () => {
    const { document } = fixturePage('zendesk', '2026-12-04-tags-field.html', URL);
    controlledTagsField(document);
    const outcome = await zendeskTags.applyTags(document, ['priority-urgent', 'ups', 'sla-breach']);
    expect(outcome).toEqual({ applied: ['shipping', 'ups', 'priority-urgent', 'sla-breach'] });
    expect(document.querySelectorAll(ZENDESK_TAG_ITEM)).toHaveLength(4);
  });

  it('says so when the page did not take a tag', async () => {
    const { document } = fixturePage('zendesk', '2026-12-04-tags-field.html', URL);
    // No controlled field: Enter does nothing, as on a page whose tag picker changed.
    const outcome = await zendeskTags.applyTags(document, ['vip']);
    expect(outcome).toEqual({ applied: ['shipping', 'ups'], failure: 'not-taken', missing: ['vip'] });
  });

  it('reports a page with no Tags field instead of failing', async () => {
    const { document } = fixturePage('zendesk', '2026-11-24-agent-replied-last.html', URL);
    expect(zendeskTags.readTags(document)).toBeNull();
    expect(await zendeskTags.applyTags(document, ['vip'])).toEqual({ applied: [], failure: 'no-tags-field' });
  });
});
