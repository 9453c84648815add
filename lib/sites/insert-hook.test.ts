import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoEditable, insertIntoField, insertIntoReplyBox, insertIntoRichEditor, installReplyInserters } from './insert-hook';
import { REPLY_INSERTERS } from './reply-inserters';

// The test setup installs the inserters (tests/setup/reply-inserters.ts); put them back after each test.
afterEach(() => installReplyInserters(() => REPLY_INSERTERS));

function page(): { doc: Document; field: HTMLTextAreaElement; editable: HTMLElement } {
  document.body.innerHTML = '<textarea id="answer"></textarea><div id="note" contenteditable="true"></div>';
  return {
    doc: document,
    field: document.getElementById('answer') as HTMLTextAreaElement,
    editable: document.getElementById('note') as HTMLElement,
  };
}

describe('the content script’s reply insertion', () => {
  it('inserts nothing before the page-extras script brings the inserters', async () => {
    installReplyInserters(undefined);
    const { doc, field, editable } = page();
    expect(insertIntoField(field, 'Thanks for waiting')).toBe(false);
    expect(insertIntoEditable(editable, 'Thanks for waiting')).toBe(false);
    expect(await insertIntoRichEditor(editable, 'Thanks for waiting')).toBe(false);
    const parts = { findBox: () => field, findOpener: () => null, insert: insertIntoField };
    expect(await insertIntoReplyBox(doc, 'Thanks for waiting', parts)).toBe(false);
    expect(field.value).toBe('');
  });

  it('hands each insert to the installed inserters', async () => {
    const { doc, field } = page();
    const parts = { findBox: () => field, findOpener: () => null, insert: insertIntoField };
    expect(await insertIntoReplyBox(doc, 'Your parcel left today', parts)).toBe(true);
    expect(field.value).toContain('Your parcel left today');
  });
});
