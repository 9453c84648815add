/**
 * `npm run eval -- reading`: how right the reading engine is on every labelled fixture page
 * (tests/fixtures/sites/reading-expectations.json), per site and per field, read two ways: the
 * engine as the extension runs it (site selectors, then structural), and the structural reader
 * alone (site selectors switched off) — what an agent gets the day a site changes its layout.
 * Pages that hold no conversation count as right when nothing is read.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RoleSchema, type Reader, type Thread } from '@/lib/schemas/ticket';
import { readPage } from '@/lib/sites/engine/read-page';
import { asFixturePage } from '@/lib/sites/fixture-pages';
import { ADAPTERS, type AdapterId } from '@/lib/sites/index';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { withSavedPage } from '../commands/saved-page';
import type { EvalSuite } from './types';

const EXPECTATIONS = 'tests/fixtures/sites/reading-expectations.json';
const FIELDS = ['subject', 'customer email', 'customer name', 'message count', 'roles', 'latest customer message'] as const;
type Field = (typeof FIELDS)[number];

const PageSchema = z.object({
  site: z.string(),
  file: z.string(),
  conversation: z.literal(false).optional(),
  subject: z.string().optional(),
  customer: z.object({ name: z.string().optional(), email: z.string().optional() }).optional(),
  roles: z.array(RoleSchema).optional(),
  latestCustomerMessage: z.string().optional(),
});
type Expected = z.infer<typeof PageSchema>;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Each field's verdict for one page: true right, false wrong, undefined not labelled. */
function judge(expected: Expected, thread: Thread | null): Partial<Record<Field, boolean>> {
  if (expected.conversation === false) return Object.fromEntries(FIELDS.map((field) => [field, thread === null]));
  if (!thread) return Object.fromEntries(FIELDS.map((field) => [field, false]));
  const ticket = buildTicket(thread);
  const latest = expected.latestCustomerMessage ?? '';
  return {
    subject: ticket.subject === expected.subject,
    ...(expected.customer?.email ? { 'customer email': ticket.customer.email === expected.customer.email } : {}),
    ...(expected.customer?.name ? { 'customer name': ticket.customer.name === expected.customer.name } : {}),
    'message count': ticket.messages.length === expected.roles?.length,
    roles: JSON.stringify(ticket.messages.map((m) => m.role)) === JSON.stringify(expected.roles),
    'latest customer message': latest !== '' && squash(ticket.latestCustomerMessage).startsWith(latest),
  };
}

const reading: EvalSuite = async () => {
  const pages = z.object({ pages: z.array(PageSchema) }).parse(JSON.parse(readFileSync(EXPECTATIONS, 'utf8'))).pages;
  const modes: Array<{ name: string; only?: Reader }> = [
    { name: 'site selectors, then structural' },
    { name: 'structural only', only: 'structural' },
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (const mode of modes) {
    const tally = new Map<string, Map<Field, { right: number; of: number }>>();
    for (const expected of pages) {
      const adapter = asFixturePage(ADAPTERS[expected.site as AdapterId]);
      const url = new URL(`http://127.0.0.1/sites/${expected.site}/${expected.file}`);
      const html = readFileSync(`tests/fixtures/sites/${expected.site}/${expected.file}`, 'utf8');
      const thread = await withSavedPage(html, url, (document) =>
        readPage(document, url, { adapter, ...(mode.only ? { only: mode.only } : {}) }),
      );
      const verdicts = judge(expected, thread);
      for (const key of [expected.site, 'all sites']) {
        const site = tally.get(key) ?? new Map();
        tally.set(key, site);
        for (const field of FIELDS) {
          const verdict = verdicts[field];
          if (verdict === undefined) continue;
          const count = site.get(field) ?? { right: 0, of: 0 };
          site.set(field, { right: count.right + (verdict ? 1 : 0), of: count.of + 1 });
        }
      }
    }
    // Each site, then the total.
    const order = [...tally.keys()]
      .filter((key) => key !== 'all sites')
      .sort()
      .concat('all sites');
    for (const site of order) {
      const fields = tally.get(site)!;
      const row: Record<string, string | number> = {
        reader: mode.name,
        site,
        pages: pages.filter((p) => site === 'all sites' || p.site === site).length,
      };
      for (const field of FIELDS) {
        const count = fields.get(field);
        row[field] = count ? `${Math.round((100 * count.right) / count.of)} % (${count.right}/${count.of})` : '–';
      }
      rows.push(row);
    }
  }
  return {
    title: 'Reading accuracy on the fixture pages (per site and field)',
    rows,
    notes: [
      `Labels: ${EXPECTATIONS} (${pages.length} pages, written from the site readers' output and checked by eye, so the first block is close to a self-check; the "structural only" block is measured on pages that reader was not written for).`,
      'A page with no conversation counts as right in every field when nothing is read.',
    ],
  };
};

export default reading;
