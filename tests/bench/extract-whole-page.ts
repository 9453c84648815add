/**
 * The obvious way to read a saved page (what `extract` did before it cut long pages): happy-dom
 * parses the whole page, then the engine reads it. Run as a child by ./extract-long-page.ts:
 * `tsx tests/bench/extract-whole-page.ts <page.html> <url>`; prints the ticket as JSON.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { readPage } from '@/lib/sites/engine/read-page';
import { ADAPTERS, adapterForUrl } from '@/lib/sites/index';
import { buildTicket } from '@/lib/ticket/build-ticket';

const [file, href] = process.argv.slice(2) as [string, string];
const url = new URL(href);
const window = new Window({
  url: url.href,
  settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
});
window.document.write(readFileSync(file, 'utf8'));
const thread = readPage(window.document as unknown as Document, url, { adapter: adapterForUrl(url) ?? ADAPTERS.generic });
process.stdout.write(`${JSON.stringify(thread && buildTicket(ThreadSchema.parse(thread)))}\n`);
process.exit(0);
