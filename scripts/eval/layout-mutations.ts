/**
 * Meaning-preserving layout mutations of a parsed page, seeded and deterministic: what a new build
 * of the same product does to its markup while the agent sees the same conversation. Used by
 * `npm run eval -- reading-mutations` and its CI floor test; never shipped.
 * Each mutation changes the document in place and says whether it changed anything.
 */
import { hashClasses } from './hash-classes';
import { reverseThread } from './reverse-thread';
import type { Random } from './seeded-random';

export const MUTATION_KINDS = [
  'hash-classes',
  'drop-test-attributes',
  'extra-wrappers',
  'shuffle-chrome',
  'reverse-thread',
  'swap-tags',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface MutationContext {
  random: Random;
  /** Seed of the class and id hashes: one page, one build. */
  seed: string;
  /** Text the thread holds (the latest customer message): chrome never holds it. */
  threadText: string | null;
}

/** Test hooks a production build strips (React Testing Library, Cypress, Playwright, QA suites). */
const TEST_ATTRIBUTE = /^data-(?:testid|test|qa|cy|e2e|pw|automation|selenium)(?:[-_]|$)/;
/** Block elements a wrapper div may go around without changing what is shown. */
const BLOCKS = new Set('div section article main header footer aside nav ul ol form table blockquote p h1 h2 h3 h4 h5 h6'.split(' '));
/** Parents that may hold a block: a div inside a paragraph or a link would change the page. */
const BLOCK_PARENTS = new Set(
  [...BLOCKS, 'body', 'li', 'td', 'th', 'dd', 'details', 'dialog', 'fieldset', 'figure'].filter((tag) => tag !== 'p'),
);
/** Chrome around a thread: navigation, sidebars, toolbars (an app may place them by CSS anywhere). */
const CHROME = 'nav, aside, [role="navigation"], [role="complementary"], [role="toolbar"], [role="search"], [role="menubar"]';
/** Tag swaps a div-only build makes; the role keeps what assistive tech is told. */
const SWAPS: Record<string, string | null> = {
  article: null,
  section: null,
  header: null,
  footer: null,
  main: 'main',
  aside: 'complementary',
  nav: 'navigation',
};
const WRAP_CHANCE = 0.35;

export function mutate(doc: Document, kind: MutationKind, context: MutationContext): boolean {
  return MUTATIONS[kind](doc, context);
}

const MUTATIONS: Record<MutationKind, (doc: Document, context: MutationContext) => boolean> = {
  'hash-classes': hashClasses,
  'drop-test-attributes': (doc) => {
    let changed = false;
    for (const element of elements(doc))
      for (const name of element.getAttributeNames().filter((attribute) => TEST_ATTRIBUTE.test(attribute))) {
        element.removeAttribute(name);
        changed = true;
      }
    return changed;
  },
  'extra-wrappers': (doc, { random }) => {
    let changed = false;
    for (const element of elements(doc)) {
      const parent = element.parentElement;
      if (!BLOCKS.has(tag(element)) || !parent || !BLOCK_PARENTS.has(tag(parent)) || random() >= WRAP_CHANCE) continue;
      const wrapper = doc.createElement('div');
      parent.replaceChild(wrapper, element);
      wrapper.appendChild(element);
      changed = true;
    }
    return changed;
  },
  'shuffle-chrome': (doc, { random, threadText }) => {
    let changed = false;
    for (const chrome of [...doc.body.querySelectorAll(CHROME)]) {
      const parent = chrome.parentElement;
      if (!parent || (threadText && oneLine(chrome.textContent ?? '').includes(threadText))) continue;
      if (random() < 0.5) parent.insertBefore(chrome, parent.firstElementChild);
      else parent.appendChild(chrome);
      changed = true;
    }
    return changed;
  },
  'reverse-thread': reverseThread,
  'swap-tags': (doc) => {
    let changed = false;
    for (const element of [...doc.body.querySelectorAll('article, section, header, footer, main, aside, nav, h1, h2, h3, h4, h5, h6')]) {
      const heading = /^h([1-6])$/.exec(tag(element));
      const role = heading ? 'heading' : SWAPS[tag(element)];
      const swapped = doc.createElement('div');
      for (const name of element.getAttributeNames()) swapped.setAttribute(name, element.getAttribute(name)!);
      if (role && !swapped.hasAttribute('role')) swapped.setAttribute('role', role);
      if (heading && !swapped.hasAttribute('aria-level')) swapped.setAttribute('aria-level', heading[1]!);
      while (element.firstChild) swapped.appendChild(element.firstChild);
      element.parentNode!.replaceChild(swapped, element);
      changed = true;
    }
    return changed;
  },
};

function elements(doc: Document): Element[] {
  return [...doc.body.querySelectorAll('*')];
}

function tag(element: Element): string {
  return element.tagName.toLowerCase();
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
