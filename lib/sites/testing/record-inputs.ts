/** Every input event `target` receives from now on: how a page's editor learns of an insert. */
export function recordInputs(target: Element): InputEvent[] {
  const seen: InputEvent[] = [];
  target.addEventListener('input', (event) => seen.push(event as InputEvent));
  return seen;
}
