/** Rendering and driving the options sections in unit tests (happy-dom), as an agent would. */
import { act, createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

export async function render(component: ComponentType, wrap?: (child: React.ReactElement) => React.ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const element = createElement(component);
  await act(async () => root!.render(wrap ? wrap(element) : element));
  return container;
}

export function unmount(): void {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
}

/** Lets watchers (Dexie liveQuery) and pending promises settle, inside act. */
export async function settle(ms = 30): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)));
}

export function button(view: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const found = [...view.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name || b.getAttribute('aria-label') === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
}

export function field(view: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
  const found = [...view.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const control = found?.htmlFor ? view.querySelector(`#${CSS.escape(found.htmlFor)}`) : null;
  if (!control) throw new Error(`no field "${label}"`);
  return control as HTMLInputElement | HTMLSelectElement;
}

/** Types into a React-controlled input or picks an option, firing the events React listens to. */
export async function fill(view: HTMLElement, label: string, value: string): Promise<void> {
  const control = field(view, label);
  const prototype = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** Waits (inside act) until the view holds `selector`: sections load their settings first. */
export async function waitFor(view: HTMLElement, selector: string, timeoutMs = 3_000): Promise<Element> {
  const started = Date.now();
  for (;;) {
    const found = view.querySelector(selector);
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`nothing matches ${selector}`);
    await settle(10);
  }
}
