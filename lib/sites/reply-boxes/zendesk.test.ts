import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { zendeskReplyBox } from './zendesk';

const EMMA_URL = 'https://northwind.zendesk.com/agent/tickets/4821';

describe('zendesk reply box', () => {
  it("finds the open ticket's CKEditor composer, not the hidden tab's", () => {
    const page = fixturePage('zendesk', '2026-11-24-busy-page.html', EMMA_URL);
    // Saved pages carry no editor; CKEditor makes the element editable when it mounts.
    page.document
      .querySelectorAll('[data-test-id^="omnicomposer-"][role=textbox]')
      .forEach((box) => box.setAttribute('contenteditable', 'true'));
    expect(zendeskReplyBox.findReplyBox(page.document)?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('4821');
    page.document.querySelector('[data-ticket-id="4821"] .ck-editor__editable')!.remove();
    expect(zendeskReplyBox.findReplyBox(page.document)).toBeNull();
  });
});
