/**
 * The content scripts' ContentScriptContext: wxt.config.ts aliases `wxt/utils/content-script-context`
 * to this module, so WXT's entry (`new ContentScriptContext(name, options)`) builds this one. It keeps
 * what the scripts use of WXT's (wxt 0.20.27, node_modules/wxt/dist/utils/content-script-context.mjs),
 * with the same behaviour: invalidated when a newer copy of the same script starts in the page (the
 * generic reader is injected again on each ask) or when the extension is reloaded; timeouts and
 * listeners end with it; `wxt:locationchange` fires when a single-page app changes the URL. It leaves
 * out what none uses (animation-frame and idle callbacks, `block`, the window `postMessage` kept for
 * older WXT versions): ~0.35 KB gzip of every content script's 30 KB budget (2026-12-05).
 */
import { browser } from 'wxt/browser';

/**
 * WXT's event names, prefixed as WXT's `getUniqueEventName` prefixes them (wxt/dist/utils/internal/
 * custom-events.mjs): the extension's id and the entrypoint's name, which WXT's build writes in for
 * `import.meta.env.ENTRYPOINT` in each entrypoint ("gmail", "generic"), so a WXT-built copy of the
 * same script still hears this one and another script's events stay apart.
 */
function uniqueEventName(name: string): string {
  return `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
}

const SCRIPT_STARTED = uniqueEventName('wxt:content-script-started');
const LOCATION_CHANGE = 'wxt:locationchange';
/** Without the Navigation API (Firefox before 147), the URL is polled as WXT polls it. */
const LOCATION_POLL_MS = 1000;

type Navigation = {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options: { signal: AbortSignal }): void;
};

export class ContentScriptContext {
  private readonly id = Math.random().toString(36).slice(2);
  private readonly controller = new AbortController();
  private watchingLocation = false;

  constructor(private readonly contentScriptName: string) {
    document.dispatchEvent(new CustomEvent(SCRIPT_STARTED, { detail: { contentScriptName, messageId: this.id } }));
    const onStarted = (event: Event) => {
      const detail = event instanceof CustomEvent ? event.detail : undefined;
      if (detail?.contentScriptName === this.contentScriptName && detail.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(SCRIPT_STARTED, onStarted);
    this.onInvalidated(() => document.removeEventListener(SCRIPT_STARTED, onStarted));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Also true once the extension was reloaded or removed: its runtime id is gone. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    return this.timer(setTimeout, clearTimeout, handler, timeout);
  }

  setInterval(handler: () => void, timeout?: number): number {
    return this.timer(setInterval, clearInterval, handler, timeout);
  }

  /** `target`'s listener, removed when the context ends; `wxt:*` types are WXT's page events. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE && this.isValid) this.watchLocation();
    target.addEventListener(type.startsWith('wxt:') ? uniqueEventName(type) : type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }

  /** A timer that runs `handler` only while the context is valid and is cleared when it ends. */
  private timer(
    start: (run: () => void, timeout?: number) => unknown,
    clear: (id: number) => void,
    handler: () => void,
    timeout: number | undefined,
  ): number {
    const id = start(() => {
      if (this.isValid) handler();
    }, timeout) as number;
    this.onInvalidated(() => clear(id));
    return id;
  }

  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = location.href;
    const changedTo = (href: string) => {
      if (href === last) return;
      last = href;
      window.dispatchEvent(new Event(uniqueEventName(LOCATION_CHANGE)));
    };
    const navigation = (globalThis as { navigation?: Partial<Navigation> }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      (navigation as Navigation).addEventListener('navigate', (event) => changedTo(new URL(event.destination.url).href), {
        signal: this.signal,
      });
    } else {
      this.setInterval(() => changedTo(location.href), LOCATION_POLL_MS);
    }
  }
}
