/**
 * Keyboard-first panel: the keys in panel-keys.ts act on what is on screen (the suggestion cards,
 * their buttons, the order cards), found by data attributes so the components stay plain. Also keeps
 * focus from being lost: when the focused element disappears (an insert closes the editor, a new
 * ticket replaces the cards), focus moves to the same reply, the top reply, or the ticket heading.
 */
import { useEffect, useRef } from 'react';
import { announce } from '@/components/announce';
import { actionFor, type PanelAction } from '@/components/panel-keys';

const CARD = '[data-testid=suggestion]';

export interface PanelKeyHandlers {
  /** While the help overlay is open only "?" and Escape act (it is a modal dialog). */
  helpOpen: boolean;
  toggleLibrary: () => void;
  openLibrarySearch: () => void;
  toggleHelp: () => void;
  closeHelp: () => void;
}

const cards = () => Array.from(document.querySelectorAll<HTMLElement>(CARD));
const currentCard = () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(CARD) ?? null;

function focusCard(card: HTMLElement | undefined): void {
  if (!card) return;
  card.focus();
  card.scrollIntoView?.({ block: 'nearest' });
}

function press(card: HTMLElement | null, action: string): boolean {
  const button = card?.querySelector<HTMLButtonElement>(`[data-action=${action}]`);
  if (!button || button.disabled) return false;
  button.click();
  return true;
}

function isTyping(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

function switchOrder(step: 1 | -1): void {
  const orders = Array.from(document.querySelectorAll<HTMLElement>('[data-testid=order-card]'));
  if (orders.length < 2) return;
  const at = orders.findIndex((o) => o.classList.contains('chosen'));
  const next = orders[(at + step + orders.length) % orders.length]!;
  next.querySelector<HTMLButtonElement>('[data-action=choose-order]')?.click();
  announce(`Replies now use order ${next.dataset.order ?? ''}.`);
}

function run(action: PanelAction, handlers: PanelKeyHandlers): boolean {
  if (handlers.helpOpen) {
    if (action !== 'help' && action !== 'close') return false;
    handlers.closeHelp();
    return true;
  }
  const list = cards();
  const card = currentCard();
  const at = card ? list.indexOf(card) : -1;
  switch (action) {
    case 'next':
      focusCard(list[Math.min(at + 1, list.length - 1)]);
      return list.length > 0;
    case 'previous':
      focusCard(list[Math.max(at - 1, 0)]);
      return list.length > 0;
    case 'insert':
      return press(card, 'insert');
    case 'copy':
      return press(card ?? list[0] ?? null, 'copy');
    case 'edit': {
      const target = card ?? list[0] ?? null;
      if (!press(target, 'edit')) return false;
      setTimeout(() => target?.querySelector<HTMLTextAreaElement>('textarea')?.focus(), 0);
      return true;
    }
    case 'library':
      handlers.toggleLibrary();
      return true;
    case 'search':
      handlers.openLibrarySearch();
      return true;
    case 'previous-order':
    case 'next-order':
      switchOrder(action === 'next-order' ? 1 : -1);
      return true;
    case 'help':
      handlers.toggleHelp();
      return true;
    case 'close': {
      // Leaving a field hands the single-letter keys back: to the reply being edited, else to the panel.
      const active = document.activeElement;
      const editing = active?.closest(CARD) as HTMLElement | null;
      if (editing) focusCard(editing);
      else if (isTyping(active)) document.querySelector<HTMLElement>('main')?.focus();
      else return false;
      return true;
    }
  }
}

/** Where focus goes when the focused element is gone: the same reply, the top reply, the ticket. */
function restoreFocus(lastTemplate: string | null): void {
  const list = cards();
  const same = lastTemplate ? list.find((c) => c.dataset.template === lastTemplate) : undefined;
  const target =
    same ?? list[0] ?? document.querySelector<HTMLElement>('[data-testid=ticket-subject]') ?? document.querySelector<HTMLElement>('main');
  target?.focus({ preventScroll: !same });
}

export function usePanelKeys(handlers: PanelKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const active = document.activeElement;
      const action = actionFor(event, { typing: isTyping(active), onCard: !!active?.matches(CARD) });
      if (action && run(action, latest.current)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    let last: Element | null = null;
    let lastTemplate: string | null = null;
    const onFocus = (event: FocusEvent) => {
      // A dialog hands focus back itself when it closes.
      last = (event.target as Element).closest?.('[role=dialog]') ? null : (event.target as Element);
      if (!last) return;
      lastTemplate = (last.closest?.(CARD) as HTMLElement | null)?.dataset.template ?? null;
    };
    const observer = new MutationObserver(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && last && !last.isConnected) {
        last = null;
        restoreFocus(lastTemplate);
      }
    });
    document.addEventListener('focusin', onFocus);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, []);
}
