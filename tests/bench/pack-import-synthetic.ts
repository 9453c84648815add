/**
 * The pack the pack-import benches import (pack-import.ts, pack-import-chromium.ts, panel-library.ts): TEMPLATES
 * templates of made-up support sentences with Liquid variables, the same on every run.
 */
import { PACK_FORMAT, type Pack, type PackTemplate } from '@/lib/schemas/pack';
import { INTENTS } from '@/lib/schemas/template';

export const TEMPLATES = 5_000;

const WORDS = (
  'order parcel delivery refund return exchange size colour damaged broken missing item invoice payment card discount code ' +
  'address cancel warehouse carrier tracking label replacement photo packaging store credit account password newsletter gift wrap ' +
  'weekend holiday delay customs duty voucher warranty repair battery charger manual assembly instructions stock preorder'
).split(' ');

/** Deterministic pseudo-random numbers, so every run imports the same pack. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

export function syntheticPack(): Pack {
  const random = generator(42);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const templates: PackTemplate[] = Array.from({ length: TEMPLATES }, (_, i) => ({
    id: `bench.t${i}`,
    title: `${sentence(3)} ${i}`,
    body: `Hi {{ customer.first_name }},\n\n${sentence(25)}. Your order {{ order.number }} ${sentence(15)}.\n\n${sentence(30)}.\n\n{{ shop.signature }}`,
    intents: [INTENTS[i % INTENTS.length]!],
    language: 'en',
    sites: [],
    tags: [pick(), pick()],
  }));
  return { format: PACK_FORMAT, id: 'bench.pack', name: 'Bench pack', version: '1.0.0', updatedAt: '2026-11-24T00:00:00Z', templates };
}
