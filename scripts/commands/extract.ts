/**
 * `npm run -s cli -- extract <page.html> --url <url>`: reads a saved inbox page with the site
 * adapter the extension would use at that URL and prints the Ticket as JSON. The page is parsed
 * with happy-dom without running its scripts or loading anything it links to.
 */
import { Window } from 'happy-dom';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { ADAPTERS, adapterForUrl } from '@/lib/sites/index';
import { buildTicket } from '@/lib/ticket/build-ticket';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, printJson, usage } from './io';
import { readHtml } from './read-input';

const USAGE = 'usage: extract <page.html> --url <the page URL, e.g. https://mail.google.com/mail/u/0/#inbox/FMfcg…>';

const extract: CliCommand = defineCommand('extract', async (args) => {
  const { values, positionals } = parse(args, { url: { type: 'string' } });
  if (!values.url || positionals.length > 1) return usage(USAGE);
  // The file first: a wrong path is the likelier mistake, and it is named even when --url is wrong too.
  const html = await readHtml(positionals[0]);
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    return usage(`extract: "${values.url}" is not a URL. ${USAGE}`);
  }
  const adapter = adapterForUrl(url);
  if (!adapter) return fail(`extract: no site adapter reads ${url.origin} (adapters: ${Object.keys(ADAPTERS).join(', ')}).`);
  if (!adapter.isTicketPage(url)) return fail(`extract: ${url.href} is not a conversation page for the ${adapter.id} adapter.`);

  // Scripts never run (happy-dom's default); nothing the page links to is fetched either.
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    const thread = adapter.readThread(window.document as unknown as Document, url);
    if (!thread) {
      const where = positionals[0] ?? 'standard input';
      return fail(`extract: the ${adapter.id} adapter found no conversation in ${where}; save the page while the conversation is open (a page whose scripts draw the thread holds none once saved).`);
    }
    printJson(buildTicket(ThreadSchema.parse(thread)));
    return 0;
  } finally {
    await window.happyDOM.close();
  }
});

export default extract;
