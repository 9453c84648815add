import { afterEach, describe, expect, it } from 'vitest';
import { installReplyBoxes, replyBoxOf } from './insert-hook';
import { REPLY_BOXES } from './reply-boxes';

// The test setup installs the reply boxes (tests/setup/reply-inserters.ts); put them back after each test.
afterEach(() => installReplyBoxes(() => REPLY_BOXES));

function page(): HTMLTextAreaElement {
  document.body.innerHTML = '<form><textarea name="reply" aria-label="Reply"></textarea><button type="submit">Send</button></form>';
  return document.querySelector('textarea')!;
}

describe('the content script’s reply box', () => {
  it('finds and inserts nothing before the page-extras script brings the reply boxes', async () => {
    installReplyBoxes(undefined);
    const field = page();
    expect(replyBoxOf('generic').findReplyBox(document)).toBeNull();
    expect(await replyBoxOf('generic').insertReply(document, 'Thanks for waiting')).toBe(false);
    expect(field.value).toBe('');
  });

  it('hands the find and the insert to the installed site’s reply box', async () => {
    const field = page();
    const calls: string[] = [];
    installReplyBoxes(() => ({
      ...REPLY_BOXES,
      etsy: {
        findReplyBox: () => (calls.push('find'), field),
        insertReply: async (_doc, text) => (calls.push(`insert ${text}`), true),
      },
    }));
    expect(replyBoxOf('etsy').findReplyBox(document)).toBe(field);
    expect(await replyBoxOf('etsy').insertReply(document, 'Your parcel left today')).toBe(true);
    expect(calls).toEqual(['find', 'insert Your parcel left today']);
    expect(replyBoxOf('gorgias').findReplyBox(document)).toBeNull();
  });
});
