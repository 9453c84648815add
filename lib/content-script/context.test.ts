import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from './context';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('ContentScriptContext (the content scripts’ subset of WXT’s)', () => {
  it('is invalidated when a newer copy of the same script starts, not by another script', () => {
    const first = new ContentScriptContext('generic');
    const onInvalidated = vi.fn();
    first.onInvalidated(onInvalidated);
    new ContentScriptContext('gmail');
    expect(first.isValid).toBe(true);
    new ContentScriptContext('generic');
    expect(first.isValid).toBe(false);
    expect(first.signal.aborted).toBe(true);
    expect(onInvalidated).toHaveBeenCalledOnce();
  });

  it("names its events as WXT does: the extension's id, then the entrypoint's name the build writes in", async () => {
    vi.stubEnv('ENTRYPOINT', 'gmail');
    vi.resetModules();
    const { ContentScriptContext: InGmail } = await import('./context');
    const started = vi.fn();
    document.addEventListener(`${browser.runtime.id}:gmail:wxt:content-script-started`, started);
    const ctx = new InGmail('gmail');
    expect(started).toHaveBeenCalledOnce();
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    window.dispatchEvent(new Event(`${browser.runtime.id}:gmail:wxt:locationchange`));
    window.dispatchEvent(new Event(`${browser.runtime.id}:generic:wxt:locationchange`));
    expect(changed).toHaveBeenCalledOnce();
    ctx.notifyInvalidated();
  });

  it('runs a timeout while valid and drops it once invalidated', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('timeouts');
    const ran = vi.fn();
    ctx.setTimeout(ran, 100);
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledOnce();
    ctx.setTimeout(ran, 100);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(100);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('runs an interval while valid and stops it once invalidated', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('intervals');
    const ran = vi.fn();
    ctx.setInterval(ran, 100);
    vi.advanceTimersByTime(250);
    expect(ran).toHaveBeenCalledTimes(2);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(300);
    expect(ran).toHaveBeenCalledTimes(2);
  });

  it('removes its listeners when invalidated', () => {
    const ctx = new ContentScriptContext('listeners');
    const heard = vi.fn();
    ctx.addEventListener(window, 'hashchange', heard);
    window.dispatchEvent(new Event('hashchange'));
    ctx.notifyInvalidated();
    window.dispatchEvent(new Event('hashchange'));
    expect(heard).toHaveBeenCalledOnce();
  });

  it('fires wxt:locationchange when a single-page app changes the URL', async () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('location');
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    history.pushState({}, '', '/tickets/2');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledOnce();
    ctx.notifyInvalidated();
    history.pushState({}, '', '/tickets/3');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledOnce();
  });
});
