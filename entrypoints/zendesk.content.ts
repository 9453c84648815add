import { runContentScript } from '@/lib/content-script/run';
import { ZENDESK_MATCHES } from '@/lib/sites/matches';
import { zendesk } from '@/lib/sites/zendesk';

export default defineContentScript({
  matches: ZENDESK_MATCHES,
  main: (ctx) => runContentScript(ctx, zendesk),
});
