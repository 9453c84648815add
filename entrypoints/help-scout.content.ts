import { runContentScript } from '@/lib/content-script/run';
import { helpScoutList } from '@/lib/sites/lists/help-scout-list';
import { helpScoutTags } from '@/lib/sites/tags/help-scout-tags';
import { helpScout } from '@/lib/sites/help-scout';
import { HELP_SCOUT_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: HELP_SCOUT_MATCHES,
  main: (ctx) => runContentScript(ctx, helpScout, { list: helpScoutList, tags: helpScoutTags }),
});
