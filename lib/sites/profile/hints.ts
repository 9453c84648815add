/**
 * What a built-in profile tells the structural reader when its selectors stop matching: the
 * containers the conversation usually sits in (its thread selector and fallbacks).
 */
import type { StructuralHints } from '../structural-hints';
import type { SiteProfile } from './types';

export function structuralHintsOf(profile: SiteProfile): Omit<StructuralHints, 'site'> {
  return { containerSelectors: [profile.selectors.thread, ...(profile.fallbacks?.thread ?? []).map((fallback) => fallback.css)] };
}
