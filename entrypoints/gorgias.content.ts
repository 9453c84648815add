import { runContentScript } from '@/lib/content-script/run';
import { gorgias } from '@/lib/sites/gorgias';
import { GORGIAS_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: GORGIAS_MATCHES,
  main: (ctx) => runContentScript(ctx, gorgias),
});
