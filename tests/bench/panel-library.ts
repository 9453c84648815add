/**
 * The panel with a 5,000-template library, in real Chromium with the built extension
 * (tests/harness): the pack imported through the options page (its figures:
 * pack-import-chromium.ts), then ticket → suggestions from the panel's own marks, and the
 * panel's JS heap after a collection. The starter pack's figures are measured in the same run as
 * the baseline the library's cost is compared with.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePack } from '@/lib/packs/export';
import { importThroughOptions } from './pack-import-chromium';
import { syntheticPack } from './pack-import-synthetic';
import { panelFigures, withDemoTicket } from './panel-loads';
import { type Bench, loadNote } from './types';

const RUNS = 5;
const SUGGESTIONS_TARGET_MS = 300;
const HEAP_TARGET_MB = 40;

/** The panel reads the saved index while it reads the ticket: it may be in before the ticket is shown. */
const indexRead = (ms: number) =>
  ms < 0 ? `saved index read ${(-ms).toFixed(0)} ms before the ticket was shown` : `saved index read ${ms.toFixed(0)} ms`;

const bench: Bench = () =>
  withDemoTicket(async (ext, page) => {
    const starter = await panelFigures(ext, page, RUNS, { heap: true });
    const pack = syntheticPack();
    const text = serializePack(pack);
    const file = join(await mkdtemp(join(tmpdir(), 'deskpilot-bench-')), 'library.json');
    writeFileSync(file, text);
    // Its figures are pack-import-chromium's rows; here it only fills the library.
    await importThroughOptions(ext, file, pack);
    const library = await panelFigures(ext, page, RUNS, { heap: true });
    const n = syntheticPack().templates.length.toLocaleString('en');
    const ratio = (ours: number, base: number) => `${(ours / base).toFixed(1)}×`;
    return [
      {
        name: `ticket → suggestions in the panel, ${n}-template library on top of the starter pack (the panel's own marks, median of ${RUNS}; ${library.fromIndex} of ${RUNS} ranked from the saved index without reading the templates: ${indexRead(library.templatesMs)}, then restored ${library.indexMs.toFixed(0)} ms; panel opened → suggestions ${library.openMs.toFixed(0)} ms, starter pack alone ${starter.openMs.toFixed(0)} ms; ${loadNote()})`,
        value: `${library.ms.toFixed(0)} ms`,
        target: `≤ ${SUGGESTIONS_TARGET_MS} ms`,
        where: 'Chromium',
        met: library.ms <= SUGGESTIONS_TARGET_MS,
        obvious: `starter pack alone: ${starter.ms.toFixed(0)} ms; the library costs ${ratio(library.ms, starter.ms)} that`,
      },
      {
        name: `panel JS heap after a collection with the ${n}-template library (CDP Runtime.getHeapUsage, median of ${RUNS})`,
        value: `${library.heapMb.toFixed(1)} MB`,
        target: `≤ ${HEAP_TARGET_MB} MB`,
        where: 'Chromium',
        met: library.heapMb <= HEAP_TARGET_MB,
        obvious: `starter pack alone: ${starter.heapMb.toFixed(1)} MB`,
      },
    ];
  });
export default bench;
