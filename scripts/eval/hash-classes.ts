/**
 * The `hash-classes` layout mutation (./layout-mutations.ts): every class and id renamed to a seeded
 * hash, as a CSS-modules or atomic-CSS build renames them, with what points at an id and the page's
 * own style sheets following, so what is shown stays the same.
 */
import { stableHash } from './seeded-random';

/** Attributes that point at an id, kept pointing at the hashed one. */
const ID_REFERENCES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'for',
  'headers',
  'list',
];

export function hashClasses(doc: Document, { seed }: { seed: string }): boolean {
  const hashed = (token: string) => `x${stableHash(`${seed}:${token}`).toString(36).slice(0, 6)}`;
  const ids = new Map<string, string>();
  for (const element of doc.body.querySelectorAll('*')) {
    const classes = element.getAttribute('class');
    if (classes?.trim()) element.setAttribute('class', classes.trim().split(/\s+/).map(hashed).join(' '));
    if (element.id) ids.set(element.id, hashed(`#${element.id}`));
  }
  for (const element of doc.body.querySelectorAll('*')) {
    if (element.id) element.id = ids.get(element.id) ?? element.id;
    for (const name of ID_REFERENCES) {
      const value = element.getAttribute(name);
      if (value)
        element.setAttribute(
          name,
          value
            .split(/\s+/)
            .map((id) => ids.get(id) ?? id)
            .join(' '),
        );
    }
    const href = element.getAttribute('href');
    if (href?.startsWith('#') && ids.has(href.slice(1))) element.setAttribute('href', `#${ids.get(href.slice(1))}`);
  }
  // The page's own style sheets follow, so what is shown stays the same.
  for (const style of doc.querySelectorAll('style'))
    style.textContent = (style.textContent ?? '').replace(/([.#])(-?[_a-zA-Z][\w-]*)/g, (whole, mark: string, name: string) =>
      mark === '#' ? (ids.has(name) ? `#${ids.get(name)}` : whole) : `.${hashed(name)}`,
    );
  return true;
}
