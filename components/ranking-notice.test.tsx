import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { RankingNotice } from '@/components/ranking-notice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

function show(degraded: Parameters<typeof RankingNotice>[0]['degraded']): HTMLElement {
  const host = document.createElement('div');
  root = createRoot(host);
  act(() => root!.render(<RankingNotice degraded={degraded} />));
  return host;
}

describe('RankingNotice', () => {
  it('says nothing when the ranking is whole', () => {
    expect(show([]).textContent).toBe('');
  });

  it('names each failed stage in words', () => {
    const text = show(['search', 'intent']).querySelector('[data-testid="ranking-notice"]')?.textContent ?? '';
    expect(text).toContain('text search failed');
    expect(text).toContain('could not be classified');
  });
});
