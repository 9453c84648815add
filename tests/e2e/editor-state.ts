/**
 * Reads a fixture page's real editor from a Playwright test: its own state through
 * `window.__editorState()` (tests/fixtures/editors/), and the editing events the page saw.
 */
import type { Page } from '@playwright/test';
import type { EditorState } from '../fixtures/editors/shared/expose-state';

export function editorState(page: Page): Promise<EditorState | null> {
  return page.evaluate(() => window.__editorState?.() ?? null);
}

export type EditingEvents = Record<'beforeinput' | 'input' | 'paste', number>;

/**
 * Counts what a user's typing or pasting makes the page see. Editors with their own model take
 * `beforeinput` (CKEditor 5) or `paste` (Draft.js) and apply it themselves, so the DOM's `input`
 * follows only where the browser edits (Froala).
 */
export async function recordEditingEvents(page: Page): Promise<() => Promise<EditingEvents>> {
  await page.evaluate(() => {
    const seen = { beforeinput: 0, input: 0, paste: 0 };
    for (const type of Object.keys(seen) as Array<keyof typeof seen>) document.addEventListener(type, () => seen[type]++, true);
    (window as unknown as { __editingEvents: typeof seen }).__editingEvents = seen;
  });
  return () => page.evaluate(() => ({ ...(window as unknown as { __editingEvents: EditingEvents }).__editingEvents }));
}
