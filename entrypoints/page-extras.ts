/**
 * Injected by the panel into the tab before it reads the inbox list, opens a listed conversation,
 * fills the tags field or inserts a reply (the keyboard shortcut too), and by Settings before "Test
 * on this page" (never on a page load): installs every site's list reader and tag applier, every
 * site's reply box and the profile tester, which the tab's content script then uses
 * (lib/content-script/extras-hook.ts).
 */
// Its own bundle, beside the content script: it reads with the word lists from their data files.
import '@/lib/sites/reader-words-data';
import { answerExtras } from '@/lib/content-script/extras-answers';
import { installPageExtras } from '@/lib/content-script/extras-hook';
import { LIST_READERS } from '@/lib/sites/lists';
import { TAG_APPLIERS } from '@/lib/sites/tags';
import { testProfileOnPage } from '@/lib/sites/profile/test-on-page';
import { REPLY_BOXES } from '@/lib/sites/reply-boxes';

export default defineUnlistedScript(() => {
  installPageExtras((site) => ({
    list: LIST_READERS[site],
    tags: TAG_APPLIERS[site],
    replyBox: REPLY_BOXES[site],
    testProfile: testProfileOnPage,
    answer: answerExtras,
  }));
});
