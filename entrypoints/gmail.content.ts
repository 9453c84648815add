import { runContentScript } from '@/lib/content-script/run';
import { gmail } from '@/lib/sites/gmail';
import { GMAIL_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: GMAIL_MATCHES,
  main: (ctx) => runContentScript(ctx, gmail),
});
