import 'fake-indexeddb/auto';
import { importPackFile } from '@/lib/packs/import-file';
import { serializePack } from '@/lib/packs/export';
import { queryTerms } from '@/lib/suggest/query-terms';
import { consistentSnapshot, TemplateSearchSnapshotSchema } from '@/lib/suggest/index-snapshot';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { getDatabase } from '@/lib/templates/db';
import { listTemplates } from '@/lib/templates/repository';
import { syntheticPack, TEMPLATES } from './pack-import-synthetic';
import { loadNote, median, timed, type Bench } from './types';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const READ_BACKS = 5;
const IMPORT_RUNS = 5;
const IMPORT_TARGET_MS = 1_000;
const SEARCH_TARGET_MS = 20;
const QUERIES = [
  'where is my parcel',
  'refund not received',
  'wrong size exchange',
  'cancel order before shipping',
  'damaged mug',
  'invoice for my company',
  'discount code not working',
  'change delivery address',
  'paket nicht angekommen',
  'missing item in box',
];

/** An empty, already open database: the library page has it open before the agent picks a file. */
async function freshDatabase(): Promise<void> {
  await resetDatabase();
  await getDatabase().open();
}

/** Wall-clock and CPU ms of an async call; fake-indexeddb runs in this process, so CPU time counts its work too. */
async function timedAsync(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await run();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Importing a 5,000-template pack file (parse, validate incl. Liquid, one transaction) and
 * searching the library, in Node on fake-indexeddb: a stand-in for the browser's IndexedDB
 * (panel-library.ts measures Chromium's). Times are CPU time, the work itself, with the wall
 * clock beside it: on a loaded shared machine the wall clock mostly measures the wait for a core.
 */
const bench: Bench = async () => {
  const text = serializePack(syntheticPack());
  const importCpu: number[] = [];
  const importWall: number[] = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    await freshDatabase();
    let result: Awaited<ReturnType<typeof importPackFile>> | undefined;
    const { wall, cpu } = await timedAsync(async () => {
      result = await importPackFile(text);
    });
    importCpu.push(cpu);
    importWall.push(wall);
    if (!result?.ok || result.summary.added.length !== TEMPLATES) throw new Error('bench import failed');
  }
  const templates = await listTemplates();
  const index = new TemplateSearch();
  const built = timed(() => index.sync(templates));
  // What a panel open does instead (lib/suggest/index-store.ts): the saved snapshot as IndexedDB
  // hands it back (a structured clone), checked, read in, and synced with the rank entries saved
  // with it (no template read while the library's revision is the one saved).
  // Median of READ_BACKS: a single read-back right after the build paid for the build's garbage
  // (34–111 ms CPU for the same code on 2026-12-05); each panel open reads it back once, in its own page.
  const saved = index.snapshot('bench');
  const readBacks = Array.from({ length: READ_BACKS }, () =>
    timed(() => {
      const snapshot = TemplateSearchSnapshotSchema.parse(structuredClone(saved));
      if (!consistentSnapshot(snapshot, 3)) throw new Error('bench snapshot inconsistent');
      const restored = new TemplateSearch();
      restored.restore(snapshot);
      if (restored.restoredLibrary?.length !== templates.length) throw new Error('bench snapshot lost templates');
      restored.sync(restored.restoredLibrary);
    }),
  );
  const readBack = { cpu: median(readBacks.map((r) => r.cpu)), wall: median(readBacks.map((r) => r.wall)) };
  const worstReadBack = Math.max(...readBacks.map((r) => r.cpu));
  // Each query once: the index keeps the last query's scores (the panel ranks once per request).
  const searchTimes = QUERIES.map((query) => {
    const start = performance.now();
    index.similarity(templates, queryTerms(query));
    return performance.now() - start;
  });
  await freshDatabase();
  const importMs = median(importCpu);
  const searchMs = median(searchTimes);
  const worstMs = Math.max(...searchTimes);
  const n = TEMPLATES.toLocaleString('en');
  return [
    {
      name: `import a ${n}-template pack file (validate + one transaction, fake-indexeddb; CPU time, median of ${IMPORT_RUNS}; wall clock ${median(importWall).toFixed(0)} ms at ${loadNote()})`,
      value: `${importMs.toFixed(0)} ms`,
      target: `≤ ${IMPORT_TARGET_MS} ms`,
      where: 'Node',
      met: importMs <= IMPORT_TARGET_MS,
    },
    {
      name: `search ${TEMPLATES.toLocaleString('en')} templates, BM25 text similarity (median of ${searchTimes.length} queries, each once; worst ${worstMs.toFixed(1)} ms)`,
      value: `${searchMs.toFixed(1)} ms`,
      target: `≤ ${SEARCH_TARGET_MS} ms`,
      where: 'Node',
      met: searchMs <= SEARCH_TARGET_MS,
    },
    {
      name: `search index for ${n} templates: built from the templates / read back from its saved snapshot, as each panel open does (CPU time; read back ${READ_BACKS} times, median, worst ${worstReadBack.toFixed(0)} ms; wall clock ${built.wall.toFixed(0)} / ${readBack.wall.toFixed(0)} ms)`,
      value: `${built.cpu.toFixed(0)} ms / ${readBack.cpu.toFixed(0)} ms`,
      target: `≤ ${IMPORT_TARGET_MS} ms once per library change / ≤ 100 ms per open`,
      where: 'Node',
      met: built.cpu <= IMPORT_TARGET_MS && readBack.cpu <= 100,
      obvious: `built on every open: ${(built.cpu / Math.max(readBack.cpu, 0.1)).toFixed(1)}× the read-back`,
    },
  ];
};
export default bench;
