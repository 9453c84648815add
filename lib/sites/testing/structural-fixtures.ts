/**
 * Every inbox fixture with its expected ticket (`<fixture>.expected.json` beside the page), and a
 * field-by-field check of what a reader made of it. Used by the structural reader's test (every
 * fixture read with the site's selectors switched off) and by its evaluation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Person, Role, SiteId, Thread } from '@/lib/schemas/ticket';
import { fixturePage, type FixturePage } from './fixture-page';

const FIXTURES = 'tests/fixtures/sites/';

export type ExpectedTicket =
  | { url: string; noConversation: true; why: string }
  | {
      url: string;
      subject: string;
      customer: Person;
      roles: Role[];
      authors?: Person[];
      latestCustomerMessage: string | null;
      noConversation?: undefined;
      /** Fields the structural reader is known to get wrong on this page, and why: the test holds it to exactly these. */
      structuralMisses?: Field[];
      structuralMissesWhy?: string;
      /** First-run pages (fresh, blind) only: what the engine gets wrong when it differs from the structural reader (the site's selectors read the page). */
      engineMisses?: Field[];
      engineMissesWhy?: string;
    };

export interface SiteFixture {
  site: SiteId;
  file: string;
  expected: ExpectedTicket;
  load(): FixturePage;
}

export const FIELDS = ['found', 'subject', 'customerName', 'customerEmail', 'messageCount', 'roles', 'latestCustomerMessage'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldResult = { field: Field; ok: boolean; want: unknown; got: unknown };

/** Every fixture page that has an expected ticket, site by site, file by file. */
export function siteFixtures(filter?: (file: string) => boolean): SiteFixture[] {
  const fixtures: SiteFixture[] = [];
  for (const site of siteFolders()) {
    for (const file of readdirSync(`${FIXTURES}${site}`).sort()) {
      const expectedFile = `${FIXTURES}${site}/${file.replace(/\.html$/, '.expected.json')}`;
      if (!file.endsWith('.html') || !existsSync(expectedFile) || (filter && !filter(file))) continue;
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedTicket;
      fixtures.push({ site: site as SiteId, file, expected, load: () => fixturePage(site, file, expected.url) });
    }
  }
  return fixtures;
}

/** Every page fixture that lacks an expected ticket (each must get one). */
export function fixturesWithoutExpected(): string[] {
  return siteFolders().flatMap((site) =>
    readdirSync(`${FIXTURES}${site}`)
      .filter((file) => file.endsWith('.html') && !existsSync(`${FIXTURES}${site}/${file.replace(/\.html$/, '.expected.json')}`))
      .map((file) => `${site}/${file}`),
  );
}

/** The site folders (files beside them, are not sites). */
function siteFolders(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** What a reader got right and wrong on one fixture, field by field. */
export function checkRead(expected: ExpectedTicket, thread: Thread | null): FieldResult[] {
  if (expected.noConversation) return [{ field: 'found', ok: thread === null, want: null, got: thread && summary(thread) }];
  if (!thread) return FIELDS.map((field) => ({ field, ok: false, want: 'a conversation', got: null }));
  const roles = thread.messages.map((message) => message.role);
  const latest = [...thread.messages].reverse().find((message) => message.role === 'customer')?.text ?? null;
  const results: FieldResult[] = [
    { field: 'found', ok: true, want: 'a conversation', got: 'a conversation' },
    result('subject', oneLine(expected.subject), oneLine(thread.subject)),
    result('customerName', expected.customer.name ?? null, thread.customer.name ?? null),
    result('customerEmail', expected.customer.email ?? null, thread.customer.email ?? null),
    result('messageCount', expected.roles.length, thread.messages.length),
    result('roles', expected.roles.join(','), roles.join(',')),
    {
      field: 'latestCustomerMessage',
      ok: sameMessage(expected.latestCustomerMessage, latest),
      want: expected.latestCustomerMessage,
      got: latest,
    },
  ];
  return results;
}

function result(field: Field, want: unknown, got: unknown): FieldResult {
  return { field, ok: want === got, want, got };
}

/**
 * The same message: the same opening (first 100 characters) and the same closing words (last 40),
 * whitespace aside — a reader may keep or drop a header line, never read another message.
 */
export function sameMessage(want: string | null, got: string | null): boolean {
  if (want === null || got === null) return want === got;
  const [w, g] = [oneLine(want), oneLine(got)];
  return g.startsWith(w.slice(0, 100)) && g.includes(w.slice(-40));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function summary(thread: Thread): string {
  return `${thread.messages.length} messages, subject "${thread.subject}"`;
}
