import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { freshdeskReplyBox } from './freshdesk';

const LIAM_URL = 'https://northwind.freshdesk.com/a/tickets/2317';

describe('freshdesk reply box', () => {
  it("is Froala's editable inside the open editor, and there is none while the reply box is closed", () => {
    const page = fixturePage('freshdesk', '2026-11-24-busy-page.html', LIAM_URL);
    expect(freshdeskReplyBox.findReplyBox(page.document)).toBeNull();
    const container = page.document.querySelector<HTMLElement>('[data-test-id="reply-editor-container"]')!;
    container.hidden = false;
    container.querySelector('.editor-host')!.innerHTML =
      '<div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p><br></p></div></div>';
    expect(freshdeskReplyBox.findReplyBox(page.document)?.className).toBe('fr-element fr-view');
  });
});
