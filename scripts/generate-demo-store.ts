/**
 * `npx tsx scripts/generate-demo-store.ts`: rewrites lib/connectors/demo-store/orders.json from
 * the hand-written specs (customers.ts, catalog.ts, order-specs.json). Deterministic; a unit test
 * fails when the committed JSON and the specs disagree.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildDemoOrders } from '@/lib/connectors/demo-store/build-orders';

const target = fileURLToPath(new URL('../lib/connectors/demo-store/orders.json', import.meta.url));
const orders = buildDemoOrders();
await writeFile(target, `${JSON.stringify(orders, null, 2)}\n`);
process.stdout.write(`wrote ${orders.length} orders to ${target}\n`);
