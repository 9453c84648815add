/**
 * The panel's keyboard shortcuts: one table, read by the key handler (use-panel-keys.ts) and by the
 * help overlay (key-help.tsx), so the overlay always lists exactly what works. Single keys without
 * modifiers, as in Gmail; none fires while the agent types in a field, except Escape.
 */
export type PanelAction =
  | 'next'
  | 'previous'
  | 'insert'
  | 'copy'
  | 'edit'
  | 'library'
  | 'search'
  | 'previous-order'
  | 'next-order'
  | 'help'
  | 'close';

export interface PanelKey {
  keys: string[];
  action: PanelAction;
  /** What the key does, for the help overlay. */
  label: string;
}

export const PANEL_KEYS: PanelKey[] = [
  { keys: ['↓', 'j'], action: 'next', label: 'Next suggested reply' },
  { keys: ['↑', 'k'], action: 'previous', label: 'Previous suggested reply' },
  { keys: ['Enter'], action: 'insert', label: 'Insert the selected reply into the page (you still press Send)' },
  { keys: ['c'], action: 'copy', label: 'Copy the selected reply' },
  { keys: ['e'], action: 'edit', label: 'Edit the selected reply' },
  { keys: ['l', 't'], action: 'library', label: 'Open or close the template library' },
  { keys: ['/'], action: 'search', label: 'Search the template library' },
  { keys: ['['], action: 'previous-order', label: 'Use the previous order in replies' },
  { keys: [']'], action: 'next-order', label: 'Use the next order in replies' },
  { keys: ['?'], action: 'help', label: 'Show or hide this list of keys' },
  { keys: ['Esc'], action: 'close', label: 'Close this list, or leave the reply editor' },
];

/** How a key event's `key` is written in the table. */
const DISPLAY: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };
const BY_KEY = new Map(PANEL_KEYS.flatMap((entry) => entry.keys.map((key) => [key, entry.action] as const)));

export interface KeyContext {
  /** Focus is in a text field, a select or an editable element. */
  typing: boolean;
  /** Focus is on a suggestion card itself (not on one of its buttons). */
  onCard: boolean;
}

export function actionFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, context: KeyContext): PanelAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = BY_KEY.get(DISPLAY[event.key] ?? event.key) ?? null;
  if (context.typing) return action === 'close' ? action : null;
  // Enter on a button or link presses it; only a selected card turns Enter into Insert.
  if (action === 'insert' && !context.onCard) return null;
  return action;
}
