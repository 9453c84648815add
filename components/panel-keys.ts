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
  /** What the key does is the message `keys.<action>` (lib/i18n), shown by the help overlay. */
  action: PanelAction;
}

export const PANEL_KEYS: PanelKey[] = [
  { keys: ['↓', 'j'], action: 'next' },
  { keys: ['↑', 'k'], action: 'previous' },
  { keys: ['Enter'], action: 'insert' },
  { keys: ['c'], action: 'copy' },
  { keys: ['e'], action: 'edit' },
  { keys: ['l', 't'], action: 'library' },
  { keys: ['/'], action: 'search' },
  { keys: ['['], action: 'previous-order' },
  { keys: [']'], action: 'next-order' },
  { keys: ['?'], action: 'help' },
  { keys: ['Esc'], action: 'close' },
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
