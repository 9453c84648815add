import { afterEach, describe, expect, it } from 'vitest';
import { ebay } from '@/lib/sites/ebay';
import { CONVERSATION_PAGE, MESSAGE_LIST_PAGE } from '@/lib/sites/testing/route-pages';
import { threadSignature } from './thread-signature';

const memory = { profiles: [] };
const at = (href: string) => new URL(href);

afterEach(() => {
  document.documentElement.innerHTML = '';
});

describe('the thread watcher’s key', () => {
  it('keys a conversation on a route the site does not know by its thread, as on a known route', () => {
    document.documentElement.innerHTML = CONVERSATION_PAGE;
    const signature = threadSignature(ebay, memory, at('https://www.ebay.com/mesh/ord/messages/7'));
    expect(signature).toEqual({ key: expect.stringMatching(/\|Cracked mug on arrival\|0\|3\|\d+$/), missed: false });
    // A new message changes the key: the watcher announces it.
    document
      .querySelector('.thread')!
      .insertAdjacentHTML('beforeend', '<div class="msg"><div class="from">Priya Nair</div><div class="body">Any news?</div></div>');
    expect(threadSignature(ebay, memory, at('https://www.ebay.com/mesh/ord/messages/7')).key).not.toBe(signature.key);
  });

  it('says "none" on an unknown route without a conversation, marked as a miss the watcher waits after', () => {
    document.documentElement.innerHTML = MESSAGE_LIST_PAGE;
    expect(threadSignature(ebay, memory, at('https://www.ebay.com/mesh/ord/messages/7'))).toEqual({
      key: 'none:https://www.ebay.com/mesh/ord/messages/7',
      missed: true,
    });
  });

  it('says "none" on a declared route without reading, and "empty" on a known route that shows nothing', () => {
    document.documentElement.innerHTML = CONVERSATION_PAGE;
    expect(threadSignature(ebay, memory, at('https://www.ebay.com/mesh/ord/details?orderid=1'))).toEqual({
      key: 'none:https://www.ebay.com/mesh/ord/details?orderid=1',
      missed: false,
    });
    document.documentElement.innerHTML = '<main></main>';
    const known = 'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/1';
    expect(threadSignature(ebay, memory, at(known))).toEqual({ key: `empty:${known}`, missed: false });
  });
});
