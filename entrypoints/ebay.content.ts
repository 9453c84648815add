import { runContentScript } from '@/lib/content-script/run';
import { ebay } from '@/lib/sites/ebay';
import { EBAY_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: EBAY_MATCHES,
  main: (ctx) => runContentScript(ctx, ebay),
});
