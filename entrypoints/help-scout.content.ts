import { runContentScript } from '@/lib/content-script/run';
import { helpScout } from '@/lib/sites/help-scout';
import { HELP_SCOUT_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: HELP_SCOUT_MATCHES,
  main: (ctx) => runContentScript(ctx, helpScout),
});
