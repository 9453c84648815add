import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact-snapshot';
import { htmlPage } from './testing/fixture-page';

describe('a kept time label that names its sender before the date', () => {
  it('loses the name and keeps the date', () => {
    const page = htmlPage(
      '<div role="listitem" aria-label="Henrik Dahl, tor 03/12/2026 10:05"><span class="when" title="Henrik Dahl, 3 Dec 2026 10:05">10:05</span></div>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).not.toContain('Henrik');
    expect(html).not.toContain('Dahl');
    expect(html).toContain(' 03/12/2026 10:05"');
    expect(html).toContain(', 3 Dec 2026 10:05"');
  });
});
