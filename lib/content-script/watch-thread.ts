import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/types';
import type { ProfileMemory } from './answer-request';
import { isFrame } from '@/lib/sites/engine/element-memo';
import { noteStructuralMiss } from '@/lib/sites/engine/structural-source';
import { withOpenShadowRoots } from '@/lib/sites/shadow-composed';
import { loadStructuralReader } from './structural-load';
import { threadSignature } from './thread-signature';

/** Gmail re-renders often; wait until the DOM settles before re-reading. */
const SETTLE_MS = 250;
/**
 * A page at a route no adapter declared that shows no conversation (a new list view, a product
 * page) is read again after twice the wait of the last miss, up to this: its DOM churn does not
 * cost a whole-page read every 250 ms, and a conversation it loads later is still announced.
 */
const MAX_MISS_WAIT_MS = 8_000;

/** What the watcher observes of the page and of each open shadow root: any node added or removed in it. */
const SUBTREE: MutationObserverInit = { childList: true, subtree: true };

export const waitAfterMisses = (misses: number) => Math.min(SETTLE_MS * 2 ** misses, MAX_MISS_WAIT_MS);

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
  const observer = new MutationObserver(() => schedule());
  // The observer does not see into shadow roots: every open root the page holds by now is observed
  // too, so messages a component renders later inside its root are read (closed roots stay unseen).
  // Observing a root again only sets the same options again. One walk of the page finds the roots
  // to observe and serves the read's composed copy (issue 10).
  // A read that needed the structural reader before it was injected is read again once it is.
  const read = () =>
    withOpenShadowRoots(document, (roots) => {
      for (const root of roots) observer.observe(root, SUBTREE);
      return threadSignature(adapterForPage(), memory);
    });
  const signature = () => {
    if (!import.meta.env?.STRUCTURAL_ON_DEMAND) return read();
    const noted = noteStructuralMiss(read);
    if (noted.missed) loadStructuralReader().then((loaded) => loaded && schedule());
    return noted.value;
  };
  let last = signature();
  let misses = last.missed ? 1 : 0;
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    const next = signature();
    misses = next.missed ? misses + 1 : 0;
    if (next.key === last.key) return;
    last = next;
    onChange();
  };
  const schedule = () => {
    if (timer === undefined) timer = ctx.setTimeout(check, waitAfterMisses(misses));
  };
  // Another route is another page: read it soon, whatever the last one made the watcher wait.
  const navigated = () => {
    clearTimeout(timer);
    timer = undefined;
    misses = 0;
    schedule();
  };
  ctx.addEventListener(window, 'wxt:locationchange', navigated);
  ctx.addEventListener(window, 'hashchange', navigated);
  // A frame's document (a mail body in `srcdoc`) loads after its element changed, and its load changes
  // nothing the observer sees: read again then too. `load` does not bubble; capture sees it.
  ctx.addEventListener(document, 'load', (event) => isFrame(event.target) && schedule(), { capture: true });
  observer.observe(document.body ?? document.documentElement, SUBTREE);
  ctx.onInvalidated(() => observer.disconnect());
}
