/**
 * Every connector in the registry has its own unit test, and every connector that talks HTTP has
 * recorded responses in the platform's real shape under tests/fixtures/connectors/<id>/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTORS } from './index';

// Vitest runs from the repository root (happy-dom gives import.meta.url an http scheme).
const repoRoot = `${resolve(process.cwd())}/`;
/** Connectors whose data is embedded in the extension: their fixture is that data (see demo-store/). */
const EMBEDDED = new Set(['demo']);

describe('connector conventions', () => {
  const entries = Object.entries(CONNECTORS);

  it('registers each connector under its own id', () => {
    for (const [platform, connector] of entries) expect(connector.id).toBe(platform);
  });

  it.each(entries.map(([id]) => id))('%s has lib/connectors/<id>.test.ts', (id) => {
    expect(existsSync(`${repoRoot}lib/connectors/${id}.test.ts`), `missing lib/connectors/${id}.test.ts`).toBe(true);
  });

  it.each(entries.map(([id]) => id).filter((id) => !EMBEDDED.has(id)))('%s has response fixtures', (id) => {
    const dir = `${repoRoot}tests/fixtures/connectors/${id}`;
    expect(existsSync(dir) && readdirSync(dir).length > 0, `missing fixtures in ${dir}`).toBe(true);
  });

  it('only exempts embedded connectors that exist', () => {
    for (const id of EMBEDDED) expect(Object.keys(CONNECTORS)).toContain(id);
  });
});
