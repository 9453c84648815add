/**
 * A team library of many templates for speed and fault tests: the starter pack's, varied in id,
 * title and body. Harsh for search on purpose: every starter word is in a large share of it.
 */
import type { Template } from '@/lib/schemas/template';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { STARTER_PACK } from '@/lib/templates/starter-pack';

export function largeLibrary(count = 5_000): Template[] {
  const base = templatesFromPack(STARTER_PACK);
  return Array.from({ length: count }, (_, i) => {
    const t = base[i % base.length]!;
    return { ...t, id: `${t.id}.${i}`, title: `${t.title} (${i})`, body: `${t.body}\n\nRef ${i}`, usageCount: i % 7 };
  });
}

/** A 750 KB email whose quoted history is one unbroken 700,000-character "word" (an inlined attachment). */
export function longQuoteEmail(): string {
  const reply = 'Hello,\nmy order #4417 still has not arrived.\nCan you check?';
  const header = '\n\nOn Tue, 3 Nov 2026 at 10:12, Shop Support <support@shop.example> wrote:\n> ';
  const blob = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(20_000).slice(0, 700_000);
  const tail = `\n${'> Thanks for your message, we have checked the order with the carrier. '.repeat(700)}`;
  return `${reply}${header}${blob}${tail}`;
}
