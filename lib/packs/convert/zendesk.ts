/**
 * Zendesk macros, as the API returns them: `GET /api/v2/macros.json` (`{ macros: [...] }`), one
 * macro (`{ macro: {...} }`) or a bare list. The reply is in the comment actions: `comment_value`
 * (text, or `["channel:all", text]`) or `comment_value_html`. Other actions (status, tags,
 * assignee) change the ticket, not the reply, and have no Deskpilot equivalent.
 */
import { z } from 'zod';
import { buildConvertedPack } from '@/lib/packs/convert/build';
import { htmlToText } from '@/lib/packs/convert/html-text';
import { readJson, sourceId } from '@/lib/packs/convert/read-json';
import { ConvertError, type Converter, type SkippedEntry, type SourceReply } from '@/lib/packs/convert/types';
import { packText } from '@/lib/packs/pack-text';

const ActionSchema = z.object({ field: z.string(), value: z.unknown() });
const MacroSchema = z.object({
  id: z.unknown().optional(),
  title: z.string(),
  active: z.boolean().optional(),
  actions: z.array(ActionSchema),
});
type Macro = z.infer<typeof MacroSchema>;

const ExportSchema = z.union([z.object({ macros: z.array(z.unknown()) }), z.object({ macro: z.unknown() }), z.array(z.unknown())]);

function records(value: unknown): unknown[] {
  const parsed = ExportSchema.safeParse(value);
  if (!parsed.success)
    throw new ConvertError(packText('packs.convert.error.notZendesk', { request: 'GET /api/v2/macros.json', shape: '{"macros": [...]}' }));
  const data = parsed.data;
  return Array.isArray(data) ? data : 'macros' in data ? data.macros : [data.macro];
}

/** `comment_value` is text, or `[channel, text]` for channel-specific comments. */
function commentText(action: Macro['actions'][number]): string | undefined {
  const { field, value } = action;
  if (field === 'comment_value_html' && typeof value === 'string') return htmlToText(value);
  if (field !== 'comment_value') return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value.at(-1) === 'string') return value.at(-1) as string;
  return undefined;
}

function replyText(macro: Macro): string {
  // A macro may carry both: the plain comment is the author's text, the HTML one a rich copy of it.
  const plain = macro.actions.filter((a) => a.field === 'comment_value').map(commentText);
  const chosen = plain.some(Boolean) ? plain : macro.actions.filter((a) => a.field === 'comment_value_html').map(commentText);
  return chosen.filter((text): text is string => Boolean(text?.trim())).join('\n\n');
}

/** "Shipping::Delays::Carrier late" → title "Carrier late", tags ["shipping", "delays"]. */
function splitTitle(title: string): { title: string; tags: string[] } {
  const parts = title
    .split('::')
    .map((p) => p.trim())
    .filter(Boolean);
  return { title: parts.at(-1) ?? title, tags: parts.slice(0, -1) };
}

export const zendeskConverter: Converter = {
  id: 'zendesk',
  label: 'Zendesk macros',
  example: 'GET /api/v2/macros.json → {"macros": [...]}',
  convert(text, options) {
    const replies: SourceReply[] = [];
    const skipped: SkippedEntry[] = [];
    records(readJson(text, 'zendesk')).forEach((record, index) => {
      const parsed = MacroSchema.safeParse(record);
      if (!parsed.success) return skipped.push({ source: `macros[${index}]`, reason: packText('packs.convert.skip.zendeskNotMacro') });
      const macro = parsed.data;
      if (macro.active === false) return skipped.push({ source: macro.title, reason: packText('packs.convert.skip.zendeskInactive') });
      const body = replyText(macro);
      if (!body) return skipped.push({ source: macro.title, reason: packText('packs.convert.skip.zendeskNoText') });
      replies.push({ sourceId: sourceId(macro.id), body, ...splitTitle(macro.title) });
    });
    const result = buildConvertedPack(replies, 'zendesk', ['zendesk'], options);
    return { ...result, skipped: [...skipped, ...result.skipped] };
  },
};
