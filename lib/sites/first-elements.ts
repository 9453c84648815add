/**
 * The first elements inside an element, in document order, walked by hand: linkedom (the command
 * line's parser) answers `getElementsByTagName('*')` with an empty list, and a long message's every
 * element need not be listed to look at a dozen of them or to tell that it holds more than five.
 */
export function firstElements(root: Element, limit: number): Element[] {
  const found: Element[] = [];
  for (let element = root.firstElementChild; element && found.length < limit; element = nextInOrder(element, root)) found.push(element);
  return found;
}

/** The element after this one in document order, inside `root`. */
function nextInOrder(element: Element, root: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
