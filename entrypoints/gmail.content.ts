import { runContentScript } from '@/lib/content-script/run';
import { gmailList } from '@/lib/sites/lists/gmail-list';
import { gmailLabels } from '@/lib/sites/tags/gmail-labels';
import { gmail } from '@/lib/sites/gmail';
import { GMAIL_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: GMAIL_MATCHES,
  main: (ctx) => runContentScript(ctx, gmail, { list: gmailList, tags: gmailLabels }),
});
