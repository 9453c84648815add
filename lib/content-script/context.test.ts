import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './context';

afterEach(() => {
  vi.useRealTimers();
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
