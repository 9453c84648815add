import { runContentScript } from '@/lib/content-script/run';
import { etsy } from '@/lib/sites/etsy';
import { ETSY_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: ETSY_MATCHES,
  main: (ctx) => runContentScript(ctx, etsy),
});
