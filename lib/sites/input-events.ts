/** DOM events built in the element's own window (a content script's page or a test's DOM). */

export function inputEvent(target: Element, type: 'input' | 'beforeinput', data: string, cancelable = false): Event {
  return new (windowOf(target).InputEvent)(type, { bubbles: true, cancelable, inputType: 'insertText', data });
}

export function windowOf(node: Node): Window & typeof globalThis {
  return (node.ownerDocument?.defaultView ?? globalThis) as Window & typeof globalThis;
}
