import { runContentScript } from '@/lib/content-script/run';
import { zendeskList } from '@/lib/sites/lists/zendesk-list';
import { zendeskTags } from '@/lib/sites/tags/zendesk-tags';
import { ZENDESK_MATCHES } from '@/lib/sites/matches';
import { zendesk } from '@/lib/sites/zendesk';

export default defineContentScript({
  matches: ZENDESK_MATCHES,
  main: (ctx) => runContentScript(ctx, zendesk, { list: zendeskList, tags: zendeskTags }),
});
