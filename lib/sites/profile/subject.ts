/**
 * What the URL says about a thread when its page does not: the thread id in the path
 * (`threadPath`), and a stand-in subject (`untitled`) such as "Ticket #4821".
 */
import type { SiteProfile } from './types';

const PLACEHOLDER = /\{(\d|id)\}/g;

function pathMatch(profile: SiteProfile, url: URL): RegExpExecArray | null {
  if (!profile.threadPath) return null;
  try {
    return new RegExp(profile.threadPath).exec(url.pathname);
  } catch {
    return null;
  }
}

export function threadIdOf(profile: SiteProfile, url: URL): string | undefined {
  return pathMatch(profile, url)?.[1]?.slice(0, 200) || undefined;
}

/** The first `untitled` template whose placeholders ("{id}", the path's "{1}") are filled, or ''. */
export function untitledSubject(profile: SiteProfile, url: URL, threadId: string | undefined): string {
  const groups = pathMatch(profile, url) ?? [];
  for (const template of profile.untitled ?? []) {
    let complete = true;
    const filled = template.replace(PLACEHOLDER, (_, index: string) => {
      const group = index === 'id' ? threadId : groups[Number(index)];
      if (!group) complete = false;
      return group ?? '';
    });
    if (complete) return filled.slice(0, 300);
  }
  return '';
}
