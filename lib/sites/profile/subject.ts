/**
 * The subject a profile's `subject` selector finds, and what the URL says about a thread when its page
 * does not: the thread id in the path (`threadPath`), and a stand-in subject (`untitled`) such as "Ticket #4821".
 */
import { singleLine } from '../single-line';
import { statedPart, withoutFieldLabel } from '../subject-text';
import type { SiteProfile } from './types';
import { patternRisk } from './pattern-risk';

const PLACEHOLDER = /\{(\d|id|customer)\}/g;
/** Path length a profile's pattern runs on (./pattern-risk.ts). */
const MAX_PATH = 500;

function pathMatch(profile: SiteProfile, url: URL): RegExpExecArray | null {
  if (!profile.threadPath || patternRisk(profile.threadPath)) return null;
  try {
    return new RegExp(profile.threadPath).exec(url.pathname.slice(0, MAX_PATH));
  } catch {
    return null;
  }
}

/** The thread id: the thread element's `threadAttribute`, else a `threadParams` query parameter, else `threadPath`. */
export function threadIdOf(profile: SiteProfile, url: URL, thread?: Element): string | undefined {
  const fromAttribute = profile.threadAttribute ? attribute(thread, profile.threadAttribute) : null;
  const fromParams = (profile.threadParams ?? []).map((name) => url.searchParams.get(name)).find(Boolean);
  return singleLine(fromAttribute || fromParams || pathMatch(profile, url)?.[1], 200) || undefined;
}

function attribute(element: Element | undefined, name: string): string | null {
  try {
    return element?.getAttribute(name) ?? null;
  } catch {
    return null;
  }
}

/** The first `untitled` template whose placeholders ("{id}", the path's "{1}", "{customer}") are filled, or ''. */
export function untitledSubject(profile: SiteProfile, url: URL, threadId: string | undefined, customer?: string): string {
  const groups = pathMatch(profile, url) ?? [];
  for (const template of profile.untitled ?? []) {
    let complete = true;
    const filled = template.replace(PLACEHOLDER, (_, index: string) => {
      const group = index === 'id' ? threadId : index === 'customer' ? customer : groups[Number(index)];
      if (!group) complete = false;
      return group ?? '';
    });
    if (complete) return filled.slice(0, 300);
  }
  return '';
}

/** The subject field's text or value. */
export function shownSubject(element: Element | null): string {
  if (!element) return '';
  const value = (element as HTMLInputElement).value ?? element.getAttribute('value');
  // "Betreff: Artikel beschädigt": the field's label is not the subject.
  // A chip in the subject line (a category) is not the subject (../subject-text.ts).
  return withoutFieldLabel(singleLine(value || statedPart(element).textContent, 300));
}
