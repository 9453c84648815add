import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles, type ImportGraph } from '@/lib/testing/import-graph';

// Vitest runs from the repository root.
const ROOT = process.cwd();
const FILES = sourceFiles(ROOT, ['lib', 'components', 'entrypoints', 'scripts', 'tests']);
const GRAPH = importGraph(ROOT, FILES);

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('tests/');
const isTestHelper = (file: string) => file.split('/').includes('testing');
const isShipped = (file: string) => /^(lib|components|entrypoints)\//.test(file) && !isTest(file) && !isTestHelper(file);
const importsOf = (graph: ImportGraph, file: string) => graph.get(file) ?? [];

describe('house rules over the import graph', () => {
  it('reads the whole tree', () => {
    expect(FILES.length).toBeGreaterThan(300);
    expect(importsOf(GRAPH, 'lib/messaging.ts')).toContain('lib/connectors/types.ts');
  });

  it('has no import cycle', () => {
    expect(importCycles(GRAPH)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('keeps test helpers in testing/ folders, out of what ships', () => {
    const shippedImportingHelpers = FILES.filter(isShipped).filter((file) =>
      importsOf(GRAPH, file).some((target) => isTestHelper(target) || isTest(target)),
    );
    expect(shippedImportingHelpers).toEqual([]);
    const helpersOutsideTesting = FILES.filter(isShipped).filter((file) =>
      /from ['"](?:vitest|happy-dom|fake-indexeddb[^'"]*|@playwright\/test)['"]/.test(readSource(file)),
    );
    expect(helpersOutsideTesting).toEqual([]);
  });

  it('has no component importing from an entrypoint', () => {
    const offenders = FILES.filter(
      (file) => file.startsWith('components/') && importsOf(GRAPH, file).some((target) => target.startsWith('entrypoints/')),
    );
    expect(offenders).toEqual([]);
  });
});

function readSource(file: string): string {
  return readFileSync(`${ROOT}/${file}`, 'utf8');
}
