/**
 * Renders a component into the test page with React's act(): one root at a time (the last one
 * rendered), taken away with everything left on the page by `cleanUp` (each file's afterEach).
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

/** A new container on the page with `element` rendered in it, effects run. */
export function render(element: ReactElement): HTMLElement {
  const container = mount();
  act(() => root!.render(element));
  return container;
}

/** As render, for a component whose first render awaits something (a query, a storage read). */
export async function renderAsync(element: ReactElement): Promise<HTMLElement> {
  const container = mount();
  await act(async () => root!.render(element));
  return container;
}

/** The last rendered root again, with new props: the component stays mounted. */
export function rerender(element: ReactElement): void {
  act(() => root!.render(element));
}

/** The last rendered root taken away (its effects cleaned up). */
export function unmount(): void {
  const mounted = root;
  root = undefined;
  if (mounted) act(() => mounted.unmount());
}

export function cleanUp(): void {
  unmount();
  document.body.innerHTML = '';
}

function mount(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  return container;
}
