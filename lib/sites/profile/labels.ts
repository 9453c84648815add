/**
 * Profile data that is text, not selectors: sender labels that name a role ("You", "From: Buyer")
 * and the regular expressions profiles carry (label rules, the order reference). A pack's pattern
 * was compiled by the full schema before it got here; a bad one still means "no match".
 */
import type { LabelRule, SiteProfile } from './types';
import { patternRisk } from './pattern-risk';

/** Longest label text a rule is tested on: sender lines are short, and a pattern's cost grows with its input. */
const MAX_LABEL = 200;

/** The role a sender label names, by the profile's first matching label rule. */
export function labelRole(profile: SiteProfile, label: string): LabelRule['role'] | undefined {
  if (!label) return undefined;
  for (const rule of profile.roles?.labels ?? []) if (pattern(rule.pattern)?.test(label.slice(0, MAX_LABEL))) return rule.role;
  return undefined;
}

const compiled = new Map<string, RegExp | null>();
/** A profile's regular expression, case-insensitive, compiled once; null when it does not compile or could be slow (./pattern-risk.ts). */
export function pattern(source: string): RegExp | null {
  if (!compiled.has(source)) {
    try {
      // A pattern that could backtrack for seconds is never run, whatever path its profile took.
      compiled.set(source, patternRisk(source) ? null : new RegExp(source, 'i'));
    } catch {
      compiled.set(source, null);
    }
  }
  return compiled.get(source) ?? null;
}

/** A name as marketplaces show handles: "@harpern" and "HarperN" are the same member. */
export function handle(name: string): string {
  return name.trim().replace(/^@/, '').toLowerCase();
}
