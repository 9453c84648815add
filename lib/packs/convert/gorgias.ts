/**
 * Gorgias macros, as the API returns them: `GET /api/macros` (`{ data: [...], meta, object:
 * "list" }`), one macro, or a bare list. The reply is the `setResponseText` action
 * (`arguments.body_text`, or `body_html`); `addTags` actions give the template tags.
 */
import { z } from 'zod';
import { buildConvertedPack } from '@/lib/packs/convert/build';
import { htmlToText } from '@/lib/packs/convert/html-text';
import { readJson, sourceId } from '@/lib/packs/convert/read-json';
import { ConvertError, type Converter, type SkippedEntry, type SourceReply } from '@/lib/packs/convert/types';
import { packText } from '@/lib/packs/pack-text';

const ActionSchema = z.object({ name: z.string(), arguments: z.record(z.string(), z.unknown()).nullish() });
const MacroSchema = z.object({
  id: z.unknown().optional(),
  name: z.string(),
  language: z.string().nullish(),
  actions: z.array(ActionSchema).nullish(),
});
type Macro = z.infer<typeof MacroSchema>;

const ExportSchema = z.union([
  z.object({ data: z.array(z.unknown()) }),
  z.array(z.unknown()),
  z.object({ name: z.string(), actions: z.unknown() }),
]);

function records(value: unknown): unknown[] {
  const parsed = ExportSchema.safeParse(value);
  if (!parsed.success)
    throw new ConvertError(packText('packs.convert.error.notGorgias', { request: 'GET /api/macros', shape: '{"data": [...]}' }));
  const data = parsed.data;
  return Array.isArray(data) ? data : 'data' in data ? data.data : [data];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function replyText(macro: Macro): string {
  return (macro.actions ?? [])
    .filter((a) => a.name === 'setResponseText')
    .map((a) => text(a.arguments?.body_text) ?? (text(a.arguments?.body_html) ? htmlToText(a.arguments!.body_html as string) : ''))
    .filter(Boolean)
    .join('\n\n');
}

function tags(macro: Macro): string[] {
  return (macro.actions ?? [])
    .filter((a) => a.name === 'addTags')
    .flatMap((a) => (text(a.arguments?.tags) ?? '').split(','))
    .map((t) => t.trim())
    .filter(Boolean);
}

export const gorgiasConverter: Converter = {
  id: 'gorgias',
  label: 'Gorgias macros',
  example: 'GET /api/macros → {"data": [...]}',
  convert(input, options) {
    const replies: SourceReply[] = [];
    const skipped: SkippedEntry[] = [];
    records(readJson(input, 'gorgias')).forEach((record, index) => {
      const parsed = MacroSchema.safeParse(record);
      if (!parsed.success) return skipped.push({ source: `data[${index}]`, reason: packText('packs.convert.skip.gorgiasNotMacro') });
      const macro = parsed.data;
      const body = replyText(macro);
      if (!body) return skipped.push({ source: macro.name, reason: packText('packs.convert.skip.gorgiasNoText') });
      replies.push({ sourceId: sourceId(macro.id), title: macro.name, body, tags: tags(macro), language: macro.language ?? undefined });
    });
    const result = buildConvertedPack(replies, 'gorgias', ['gorgias'], options);
    return { ...result, skipped: [...skipped, ...result.skipped] };
  },
};
