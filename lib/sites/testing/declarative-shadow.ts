/**
 * Declarative shadow roots attached as a browser's HTML parser attaches them: a
 * `<template shadowrootmode="open|closed">` becomes its parent's shadow root, holding the template's
 * content, and leaves the tree. Server-rendered web components (Salesforce LWC, 2026-12-06) arrive so;
 * happy-dom 21 and linkedom 0.18 leave the template inert, so a saved page is put right after parsing.
 * Nested templates are attached in turn (they sit inside a root just attached). Test and CLI side only.
 */

/** Templates attached per page at most: a hostile page cannot make this step unbounded. */
const MAX_ROOTS = 2_000;

export function attachDeclarativeShadowRoots(document: Document): void {
  const pending: ParentNode[] = [document];
  for (let attached = 0; pending.length > 0 && attached < MAX_ROOTS; ) {
    const scope = pending.pop()!;
    for (const template of templatesIn(scope)) {
      const host = template.parentElement;
      const mode = template.getAttribute('shadowrootmode')?.toLowerCase();
      // The parser attaches only to an element without a root yet, and only for a mode it knows.
      if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
      let root: ShadowRoot;
      try {
        root = host.attachShadow({ mode });
      } catch {
        continue; // An element that cannot host a shadow root keeps the inert template, as in a browser.
      }
      root.append((template as HTMLTemplateElement).content);
      template.remove();
      pending.push(root);
      if (++attached >= MAX_ROOTS) break;
    }
  }
}

/** The scope's declarative templates; none on a page nested too deep for the test DOM's selector engine (it recurses). */
function templatesIn(scope: ParentNode): Element[] {
  try {
    return Array.from(scope.querySelectorAll('template[shadowrootmode]'));
  } catch {
    return [];
  }
}
