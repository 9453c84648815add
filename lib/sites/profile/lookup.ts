/**
 * A profile field's selector, then its fallbacks in order: the first that finds something answers,
 * with its certainty (the field's own selector scores 1). Every lookup is guarded (./safe-query.ts).
 */
import { isShownByMarkup } from '../visibility';
import { queryAll, queryOne } from './safe-query';
import { queryThroughWrappers } from './through-wrappers';
import type { SelectorField, SiteProfile } from './types';

export interface FoundOne {
  element: Element;
  certainty: number;
}

export interface FoundAll {
  elements: Element[];
  certainty: number;
}

/** The field's selectors, in the order they are tried, with the certainty of a hit. */
export function choices(profile: SiteProfile, field: SelectorField): Array<{ css: string; certainty: number }> {
  const own = profile.selectors[field];
  const fallbacks = (profile.fallbacks?.[field] ?? []).map(({ css, certainty }) => ({
    css,
    certainty: Math.min(1, Math.max(0, certainty)),
  }));
  return [...(own ? [{ css: own, certainty: 1 }] : []), ...fallbacks];
}

/** Whether the field has selectors at all. */
export function hasField(profile: SiteProfile, field: SelectorField): boolean {
  return profile.selectors[field] !== undefined || (profile.fallbacks?.[field]?.length ?? 0) > 0;
}

/** The first element the field's selectors find (each tried in turn), or null. */
export function findOne(root: ParentNode, profile: SiteProfile, field: SelectorField): FoundOne | null {
  for (const { css, certainty } of choices(profile, field)) {
    const element = queryOne(root, css);
    if (element) return { element, certainty };
  }
  return null;
}

/**
 * The first element the field's selectors find that the markup does not hide (stale views stay in
 * pages). `:scope` is the root itself: the conversation a hook found.
 */
export function findShown(root: ParentNode, profile: SiteProfile, field: SelectorField): FoundOne | null {
  for (const { css, certainty } of choices(profile, field)) {
    if (css === ':scope' && 'matches' in root) return { element: root as Element, certainty };
    const element = queryAll(root, css).find(isShownByMarkup);
    if (element) return { element, certainty };
  }
  return null;
}

/** Every element the first answering selector finds, outermost only (a selector may match a block and its parts). */
export function findAll(root: ParentNode, profile: SiteProfile, field: SelectorField): FoundAll {
  for (const { css, certainty } of choices(profile, field)) {
    const elements = queryThroughWrappers(root, css);
    if (elements.length > 0) return { elements: outermost(elements), certainty };
  }
  return { elements: [], certainty: 0 };
}

/**
 * Outermost only, as a block's parts may match too. But a block holding two matches side by side holds
 * two messages: a wrapper, or the next message nested into this one by a tag the page left unclosed (a
 * missing `</div>` put a Gmail-like conversation's last mail inside the one before, 2026-12-05): they are read instead.
 */
function outermost(blocks: Element[]): Element[] {
  const set = new Set(blocks);
  const top = blocks.filter((block) => {
    for (let node = block.parentElement; node; node = node.parentElement) if (set.has(node)) return false;
    return true;
  });
  if (top.length === blocks.length) return top;
  return top.flatMap((block) => {
    const inner = blocks.filter((other) => other !== block && block.contains(other));
    const parts = inner.length >= 2 ? outermost(inner) : [];
    return parts.length >= 2 ? parts : [block];
  });
}
