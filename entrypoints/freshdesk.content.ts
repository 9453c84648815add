import { runContentScript } from '@/lib/content-script/run';
import { freshdesk } from '@/lib/sites/freshdesk';
import { FRESHDESK_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: FRESHDESK_MATCHES,
  main: (ctx) => runContentScript(ctx, freshdesk),
});
