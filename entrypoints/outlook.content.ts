import { runContentScript } from '@/lib/content-script/run';
import { outlook } from '@/lib/sites/outlook';
import { OUTLOOK_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  main: (ctx) => runContentScript(ctx, outlook),
});
