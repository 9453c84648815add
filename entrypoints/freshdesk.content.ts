import { runContentScript } from '@/lib/content-script/run';
import { freshdeskList } from '@/lib/sites/lists/freshdesk-list';
import { freshdeskTags } from '@/lib/sites/tags/freshdesk-tags';
import { freshdesk } from '@/lib/sites/freshdesk';
import { FRESHDESK_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: FRESHDESK_MATCHES,
  main: (ctx) => runContentScript(ctx, freshdesk, { list: freshdeskList, tags: freshdeskTags }),
});
