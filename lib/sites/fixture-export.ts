/**
 * A page read wrong, as the two files an adapter author adds to the repository: the redacted
 * snapshot at tests/fixtures/sites/<site>/<yyyy-mm-dd>-<what>.html and its expected ticket beside it
 * (the format lib/sites/structural-fixtures.test.ts reads). The expected ticket is what Deskpilot
 * read, with the agent's corrections applied, in the snapshot's own placeholders.
 */
import type { Role, SiteId, Thread } from '@/lib/schemas/ticket';

export interface FixtureCorrection {
  /** The role of every message as the agent set it ("this one is from us", "this is the customer's"). */
  roles?: Role[];
}

export interface FixtureExportInput {
  site: SiteId;
  /** yyyy-mm-dd: the day the page was saved. */
  date: string;
  /** A few words for the file name ("zendesk-redesign"). */
  what: string;
  snapshotHtml: string;
  readTicket: Thread;
  corrected?: FixtureCorrection;
  /** The snapshot's redaction, applied to the expected ticket's strings. */
  redactText: (text: string) => string;
}

export interface FixtureFiles {
  page: { path: string; html: string };
  expected: { path: string; json: string };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function buildFixtureExport(input: FixtureExportInput): FixtureFiles {
  if (!DATE.test(input.date)) throw new Error(`date "${input.date}" is not yyyy-mm-dd`);
  const slug =
    input.what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'page';
  const base = `tests/fixtures/sites/${input.site}/${input.date}-${slug}`;
  const { readTicket: thread, redactText: redact } = input;
  const roles = thread.messages.map((message, index) => input.corrected?.roles?.[index] ?? message.role);
  const latest = [...thread.messages.keys()].reverse().find((index) => roles[index] === 'customer');
  const expected = {
    url: redact(thread.url),
    subject: redact(thread.subject),
    customer: {
      ...(thread.customer.name ? { name: redact(thread.customer.name) } : {}),
      ...(thread.customer.email ? { email: redact(thread.customer.email) } : {}),
    },
    roles,
    latestCustomerMessage: latest === undefined ? null : redact(thread.messages[latest]!.text),
    readBy: {
      site: thread.site,
      confidence: thread.confidence,
      correctedByAgent: roles.some((role, index) => role !== thread.messages[index]!.role),
    },
  };
  return {
    page: { path: `${base}.html`, html: input.snapshotHtml },
    expected: { path: `${base}.expected.json`, json: `${JSON.stringify(expected, null, 2)}\n` },
  };
}
