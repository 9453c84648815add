import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/types';
import { readPage } from '@/lib/sites/engine/read-page';
import type { ProfileMemory } from './answer-request';

/** Gmail re-renders often; wait until the DOM settles before re-reading. */
const SETTLE_MS = 250;

/**
 * Calls `onChange` when the open thread changes: another thread opened in a single-page app,
 * a new message arrived, or the page finished loading one. Compares a cheap signature so
 * unrelated DOM churn (Gmail's chrome, typing in the reply box) stays silent.
 */
export function watchThread(
  ctx: ContentScriptContext,
  adapterForPage: () => SiteAdapter | null,
  memory: ProfileMemory,
  onChange: () => void,
): void {
  const signature = () => threadSignature(adapterForPage(), memory);
  let last = signature();
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    const next = signature();
    if (next === last) return;
    last = next;
    onChange();
  };
  const schedule = () => {
    if (timer === undefined) timer = ctx.setTimeout(check, SETTLE_MS);
  };
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

function threadSignature(adapter: SiteAdapter | null, memory: ProfileMemory): string {
  const url = new URL(location.href);
  if (!adapter?.isTicketPage(url)) return `none:${url.href}`;
  try {
    const thread = readPage(document, url, { adapter, profiles: memory.profiles });
    if (!thread) return `empty:${url.href}`;
    const lastMessage = thread.messages.at(-1);
    return [
      thread.threadId ?? url.href,
      thread.subject,
      thread.earlierMessages ?? 0,
      thread.messages.length,
      lastMessage?.text.length ?? 0,
    ].join('|');
  } catch {
    return `error:${url.href}`;
  }
}
