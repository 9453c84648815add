/**
 * "Test on this page" for the profile editor: what each selector of a profile finds on the open
 * page (how many elements, the first one's text, shortened), and the thread the profile reads.
 * Runs in the content script; the editor validated the profile first.
 */
import type { Thread } from '@/lib/schemas/ticket';
import { singleLine } from '../single-line';
import { readWithProfile } from './read-with-profile';
import { queryAll } from './safe-query';
import { ROLE_FIELDS, SELECTOR_FIELDS, type SiteProfile } from './types';

export interface SelectorFinding {
  /** `selectors.thread`, `roles.agent` … */
  path: string;
  selector: string;
  count: number;
  /** The first match's text, shortened: shown as text, never as HTML. */
  sample: string;
}

export interface ProfileTestResult {
  findings: SelectorFinding[];
  thread: Thread | null;
}

/** Selectors looked up inside the thread container or a message rather than the whole page. */
const IN_THREAD = new Set(['message', 'agent', 'customer', 'skip']);
const IN_MESSAGE = new Set(['body', 'author', 'authorEmail', 'time', 'ignore']);
const SAMPLE_LENGTH = 120;

export function testProfileOnPage(doc: Document, url: URL, profile: SiteProfile): ProfileTestResult {
  const container = queryAll(doc, profile.selectors.thread)[0] ?? null;
  const firstMessage = container ? (queryAll(container, profile.selectors.message)[0] ?? null) : null;
  const findings: SelectorFinding[] = [];
  const look = (path: string, field: string, selector: string | undefined) => {
    if (!selector) return;
    const root = IN_MESSAGE.has(field) ? firstMessage : IN_THREAD.has(field) ? container : doc;
    const found = root ? queryAll(root, selector) : [];
    findings.push({ path, selector, count: found.length, sample: singleLine(found[0]?.textContent, SAMPLE_LENGTH) });
  };
  for (const field of SELECTOR_FIELDS) look(`selectors.${field}`, field, profile.selectors[field]);
  for (const field of ROLE_FIELDS) look(`roles.${field}`, field, profile.roles?.[field]);
  return { findings, thread: readWithProfile(doc, url, profile) };
}
