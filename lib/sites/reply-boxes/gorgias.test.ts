import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { gorgiasReplyBox } from './gorgias';

const HANNAH_URL = 'https://northwind.gorgias.com/app/ticket/58213';

describe('gorgias reply box', () => {
  it("is Draft.js's editable in the reply area", () => {
    const page = fixturePage('gorgias', '2026-11-24-busy-page.html', HANNAH_URL);
    expect(gorgiasReplyBox.findReplyBox(page.document)).toBeNull();
    // What Draft.js renders when it mounts.
    page.document.querySelector('.editor-wrapper')!.innerHTML =
      '<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"></div></div></div></div>';
    expect(gorgiasReplyBox.findReplyBox(page.document)?.getAttribute('role')).toBe('textbox');
  });
});
