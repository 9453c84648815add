/**
 * `npm run -s cli -- queue <page.html> --url <list url> [--now <ISO time>]`: the conversations of a
 * saved inbox list page, triaged and in the order the panel's Queue shows them, as a JSON array of
 * `{subject, customer: {name, email}, lastMessageAt, snippet, intent, priority, reasons}`.
 * `--now` fixes the clock (waiting times are measured against it); default: the current time.
 * A page with no list exits 1 with one line on stderr. Scripts in the page never run.
 */
import { adapterForUrl } from '@/lib/sites/index';
import { LIST_READERS } from '@/lib/sites/lists';
import { buildQueue } from '@/lib/queue/build-queue';
import { GetListResponseSchema } from '@/lib/queue/schema';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, printJson, usage } from './io';
import { readHtml } from './read-input';
import { withSavedPage } from './saved-page';

const USAGE = 'usage: queue <page.html> --url <the list URL, e.g. https://mail.google.com/mail/u/0/#inbox> [--now <ISO time>]';

const queue: CliCommand = defineCommand('queue', async (args) => {
  const { values, positionals } = parse(args, { url: { type: 'string' }, now: { type: 'string' } });
  if (!values.url || positionals.length > 1) return usage(USAGE);
  // The file first: a wrong path is the likelier mistake, and it is named even when --url is wrong too.
  const html = await readHtml(positionals[0]);
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    return usage(`queue: --url "${values.url}" is not a URL. ${USAGE}`);
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) return usage(`queue: --now "${values.now}" is not a date; use ISO 8601 such as 2026-12-04T12:00:00Z.`);
  const site = adapterForUrl(url)?.id;
  const reader = site ? LIST_READERS[site] : undefined;
  if (!site || !reader) return fail(`queue: no list reader for ${url.origin} (lists: ${Object.keys(LIST_READERS).join(', ')}).`);
  if (!reader.isListPage(url)) return fail(`queue: ${url.href} is a conversation, not a ${site} list; give the list's URL.`);

  const rows = await withSavedPage(
    html,
    url,
    (document) => GetListResponseSchema.parse({ site, rows: reader.readList(document, url) }).rows,
  );
  if (!rows) return fail(`queue: ${positionals[0] ?? 'standard input'} shows no ${site} conversation list.`);
  printJson(
    buildQueue(rows, site, now).map(({ subject, customer, lastMessageAt, snippet, intent, priority, reasons }) => ({
      subject,
      customer,
      lastMessageAt,
      snippet,
      intent,
      priority,
      reasons,
    })),
  );
  return 0;
});

export default queue;
