/** Rendering an options section in happy-dom with a fresh query client, and driving it as an agent would. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

export async function renderSection(component: ComponentType): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => root!.render(createElement(QueryClientProvider, { client }, createElement(component))));
  return container;
}

export function unmountSection(): void {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
}

/** Waits, inside act, until `check` returns something (IndexedDB and queries settle asynchronously). */
export async function until<T>(check: () => T | null | undefined | false, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${check.toString().slice(0, 120)}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

export function byTestId(view: ParentNode, id: string): HTMLElement | null {
  return view.querySelector(`[data-testid="${id}"]`);
}

export function buttonNamed(view: ParentNode, name: string): HTMLButtonElement {
  const found = [...view.querySelectorAll('button')].find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

export function control(view: ParentNode, label: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const found = [...view.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent?.trim() === label);
  const element = found?.querySelector('input, textarea, select');
  if (!element) throw new Error(`no field "${label}"`);
  return element as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
}

/** Sets a React-controlled field's value through the native setter and fires the event React listens to. */
export async function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  const prototype = Object.getPrototypeOf(element) as object;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function pickFile(input: HTMLInputElement, name: string, text: string): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

export async function press(button: HTMLElement): Promise<void> {
  await act(async () => button.click());
}
