/**
 * `npm run -s cli -- extract <page.html> --url <url> [--adapter <id>] [--profile <profile.json>]`:
 * reads a saved inbox page with the extension's reading engine — the site adapter for that URL,
 * then the given site profiles, then the structural reader — and prints the Ticket (with
 * `source.reader` saying which one read it). A page at a host no adapter knows is read by the
 * generic (structural) reader; the page's route is decided as in the extension
 * (lib/sites/engine/read-route.ts): a route its adapter declares holds no conversation is refused, one
 * it does not know is read by the structural reader. `--adapter` forces one adapter (`generic` included), whatever the route.
 */
import { ThreadSchema } from '@/lib/schemas/ticket';
import { readPage } from '@/lib/sites/engine/read-page';
import { readRoute, type RouteRead } from '@/lib/sites/engine/read-route';
import { ADAPTERS, adapterForUrl, type AdapterId } from '@/lib/sites/index';
import type { SiteAdapter } from '@/lib/sites/types';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { buildTicket } from '@/lib/ticket/build-ticket';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, printJson, usage } from './io';
import { readHtmlBytes } from './read-input';
import { ProfileFileError, readProfileFile } from './extract-profiles';
import { withLightPage } from './light-page';
import { cutLongPageBytes, MAX_DEPTH } from './long-page';

const CLI_PROFILE_BUDGET_MS = 2_000;

const USAGE =
  'usage: extract <page.html> --url <the page URL, e.g. https://mail.google.com/mail/u/0/#inbox/FMfcg…> [--adapter <id>] [--profile <profile.json>]';

const extract: CliCommand = defineCommand('extract', async (args) => {
  const { values, positionals } = parse(args, { url: { type: 'string' }, adapter: { type: 'string' }, profile: { type: 'string' } });
  if (!values.url || positionals.length > 1) return usage(USAGE);
  // The file first: a wrong path is the likelier mistake, and it is named even when --url is wrong too.
  let bytes: Buffer | null = await readHtmlBytes(positionals[0]);
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    return usage(`extract: "${values.url}" is not a URL. ${USAGE}`);
  }
  const forced = values.adapter;
  if (forced !== undefined && !Object.hasOwn(ADAPTERS, forced)) {
    return usage(`extract: --adapter "${forced}" is not an adapter; use one of ${Object.keys(ADAPTERS).join(', ')}.`);
  }
  const adapter: SiteAdapter = forced ? ADAPTERS[forced as AdapterId] : (adapterForUrl(url) ?? ADAPTERS.generic);
  let profiles: SiteProfile[] = [];
  try {
    if (values.profile) profiles = await readProfileFile(values.profile);
  } catch (error) {
    if (error instanceof ProfileFileError) return fail(`extract: --profile ${error.message}`);
    throw error;
  }

  const where = positionals[0] ?? 'standard input';
  const page = cutLongPageBytes(bytes, { newestFirst: adapter.profile?.order === 'newest-first' });
  // The whole file is no longer needed: it is not kept while the page is parsed and read.
  bytes = null;
  if (page.kind === 'too-deep') {
    return fail(
      `extract: ${where} nests elements more than ${MAX_DEPTH.toLocaleString('en-US')} levels deep, which no browser saves; it is not a saved inbox page.`,
    );
  }
  if (page.kind === 'cut-off') {
    return fail(
      `extract: ${where} stops before the page ends (no closing </html>, or inside a tag); it was cut off — save the page again.`,
    );
  }
  const { route, thread: read } = withLightPage(page.html, url, (document): RouteRead => {
    // A DOM in Node is far slower than a browser: the CLI gives a profile read more time than a page.
    const setup = { adapter, profiles, profileBudgetMs: CLI_PROFILE_BUDGET_MS };
    return forced ? { route: 'conversation', thread: readPage(document, url, setup) } : readRoute(document, url, setup);
  });
  // Messages the cut left out are older than every message read: they add to the earlier count.
  const thread = read && page.kind === 'cut' ? { ...read, earlierMessages: (read.earlierMessages ?? 0) + page.earlier } : read;
  if (route === 'no-conversation') {
    return fail(
      `extract: ${url.href} is a page the ${adapter.id} adapter knows holds no conversation (a list or settings page); give the URL of an open conversation, or force an adapter with --adapter.`,
    );
  }
  if (!thread && route === 'unknown') {
    return fail(
      `extract: ${url.href} is not a conversation page for the ${adapter.id} adapter, and the structural reader found no conversation in ${where} (force an adapter with --adapter).`,
    );
  }
  if (!thread) {
    return fail(
      `extract: ${whoRead(adapter, profiles)} found no conversation in ${where}; save the page while the conversation is open (a page whose scripts draw the thread holds none once saved).`,
    );
  }
  printJson(buildTicket(ThreadSchema.parse(thread)));
  return 0;
});

function whoRead(adapter: SiteAdapter, profiles: SiteProfile[]): string {
  if (adapter.id === 'generic') return 'the generic reader';
  const own = profiles.filter((profile) => profile.site === adapter.id).length;
  return `the ${adapter.id} adapter${own ? `, ${own} site profile${own === 1 ? '' : 's'}` : ''} and the structural reader`;
}

export default extract;
