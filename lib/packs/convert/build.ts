/**
 * Turns replies read from another tool into a valid Deskpilot pack: placeholders mapped, intent
 * classified from title and body, language detected when the tool does not say, stable ids.
 */
import { PACK_FORMAT, PackSchema, type PackTemplate } from '@/lib/schemas/pack';
import { TemplateBodySchema } from '@/lib/schemas/template';
import { classifyIntent } from '@/lib/suggest/classify';
import { detectLanguage } from '@/lib/ticket/language';
import { liquidErrorMessage } from '@/lib/templates/liquid-error';
import { templateSyntaxError } from '@/lib/templates/render';
import { mapPlaceholders, type Dialect } from '@/lib/packs/convert/placeholders';
import { packText, type PackText } from '@/lib/packs/pack-text';
import {
  ConvertError,
  type ConversionResult,
  type ConvertOptions,
  type ConverterId,
  type SourceReply,
  type TemplateReport,
} from '@/lib/packs/convert/types';

const LABELS: Record<ConverterId, string> = { zendesk: 'Zendesk', gorgias: 'Gorgias', helpscout: 'Help Scout', csv: 'CSV' };
const MAX_ID = 200;
const MAX_TITLE = 300;
const MAX_TAG = 100;

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'reply'
  );
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base.slice(0, MAX_ID);
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_ID - 6)}-${n}`;
  taken.add(id);
  return id;
}

/** Liquid markup is not words a customer wrote. */
function visibleText(body: string): string {
  return body.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' ');
}

function language(reply: SourceReply): string {
  const stated = reply.language?.trim().toLowerCase().split(/[-_]/)[0];
  if (stated && /^[a-z]{2,3}$/.test(stated)) return stated;
  return detectLanguage(visibleText(reply.body)) ?? 'en';
}

/** A body whose Liquid the other tool wrote differently is kept, as text, rather than lost. */
function liquidSafe(body: string, notes: PackText[]): string {
  const error = templateSyntaxError(body);
  if (!error) return body;
  notes.push(packText('packs.convert.note.keptAsText', { error: liquidErrorMessage(error) }));
  return `{% raw %}${body.replace(/\{%-?\s*endraw\s*-?%\}/g, '')}{% endraw %}`;
}

export function buildConvertedPack(
  replies: readonly SourceReply[],
  tool: ConverterId,
  dialects: readonly Dialect[],
  options: ConvertOptions = {},
): ConversionResult {
  const packId = options.packId ?? `imported.${tool}`;
  const version = options.version ?? '1.0.0';
  if (!PackSchema.shape.version.safeParse(version).success) throw new ConvertError(packText('packs.convert.error.version', { version }));
  if (!PackSchema.shape.id.safeParse(packId).success) throw new ConvertError(packText('packs.convert.error.packId'));
  const taken = new Set<string>();
  const templates: PackTemplate[] = [];
  const reports: TemplateReport[] = [];
  const skipped: ConversionResult['skipped'] = [];
  for (const reply of replies) {
    const title = reply.title.trim().slice(0, MAX_TITLE) || reply.body.trim().split('\n')[0]!.slice(0, 80);
    const mapped = mapPlaceholders(reply.body.replace(/\r\n?/g, '\n').trim(), dialects);
    const notes = [...(reply.notes ?? []), ...mapped.notes];
    const body = liquidSafe(mapped.body, notes);
    if (!TemplateBodySchema.safeParse(body).success) {
      skipped.push({
        source: title || reply.sourceId || packText('packs.convert.source.untitled'),
        reason: body ? packText('packs.convert.skip.tooLong', { max: 64_000 }) : packText('packs.convert.skip.noText'),
      });
      continue;
    }
    const id = uniqueId(`${packId}.${reply.sourceId ? slug(reply.sourceId) : slug(title)}`, taken);
    const { intent } = classifyIntent(`${title}\n${visibleText(body)}`);
    const tags = [...new Set(reply.tags.map((t) => t.trim().toLowerCase().slice(0, MAX_TAG)).filter(Boolean))];
    // A body kept as plain text uses no fields; otherwise every placeholder that became a field is declared.
    const fields = body === mapped.body ? mapped.asFields.map((f) => f.field) : [];
    const asFields = body === mapped.body ? mapped.asFields.map((f) => ({ placeholder: f.placeholder, field: f.field.name })) : [];
    templates.push({
      id,
      title: title || id,
      body,
      intents: [intent],
      language: language(reply),
      sites: [],
      tags,
      ...(fields.length ? { fields } : {}),
    });
    if (mapped.unmapped.length || asFields.length || notes.length)
      reports.push({ templateId: id, title, unmapped: mapped.unmapped, asFields, notes });
  }
  const pack = PackSchema.parse({
    format: PACK_FORMAT,
    id: packId,
    name: options.packName ?? `Imported from ${LABELS[tool]}`,
    version,
    updatedAt: (options.now ?? new Date()).toISOString(),
    templates,
  });
  return { pack, reports, skipped };
}
