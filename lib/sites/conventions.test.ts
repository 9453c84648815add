import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './index';

// Vitest runs from the repository root (happy-dom gives import.meta.url an http scheme).
describe('site adapter conventions (DESIGN.md)', () => {
  it.each(Object.keys(ADAPTERS))('%s has lib/sites/<id>.test.ts and a dated fixture page in tests/fixtures/sites/<id>/', (id) => {
    expect(existsSync(`lib/sites/${id}.test.ts`), `lib/sites/${id}.test.ts is missing`).toBe(true);
    const folder = `tests/fixtures/sites/${id}`;
    const pages = existsSync(folder) ? readdirSync(folder).filter((name) => /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/.test(name)) : [];
    expect(pages.length, `no <yyyy-mm-dd>-<what>.html fixture in ${folder}`).toBeGreaterThan(0);
  });
});
