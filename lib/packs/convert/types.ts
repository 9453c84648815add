/** What every importer from another tool produces and reports. */
import type { Pack } from '@/lib/schemas/pack';
import { PackTextError, type PackText, type PackTextValue } from '@/lib/packs/pack-text';

export type ConverterId = 'zendesk' | 'gorgias' | 'helpscout' | 'csv';

/** One reply as read from the other tool, before placeholders are mapped. */
export interface SourceReply {
  /** The other tool's id, when it has one: keeps template ids stable across re-conversions. */
  sourceId?: string;
  title: string;
  /** Plain text; HTML has already been turned into text. */
  body: string;
  tags: string[];
  language?: string;
  /** What the reader already knows is lost or doubtful for this reply. */
  notes?: PackText[];
}

export interface TemplateReport {
  templateId: string;
  title: string;
  /** Placeholders with no Deskpilot equivalent, left in the body as gaps. */
  unmapped: string[];
  /** Placeholders the agent answers in a fill-in field instead: `{{ticket.id}}` → `fields.ticket_id`. */
  asFields: Array<{ placeholder: string; field: string }>;
  notes: PackText[];
}

export interface ConversionResult {
  pack: Pack;
  /** Only templates with something to say. */
  reports: TemplateReport[];
  /** Entries that did not become templates, and why (the source: a title, a path, or "row 4"). */
  skipped: SkippedEntry[];
}

export interface ConvertOptions {
  packId?: string;
  packName?: string;
  version?: string;
  now?: Date;
}

export interface Converter {
  id: ConverterId;
  label: string;
  /** The input's shape, shown as code after the help text (packs.convert.accepts.<id>): "GET /api/v2/macros.json → {"macros": [...]}". */
  example: string;
  /** Throws ConvertError when the input is not this tool's export at all. */
  convert(text: string, options?: ConvertOptions): ConversionResult;
}

export interface SkippedEntry {
  source: PackTextValue;
  reason: PackText;
}

export class ConvertError extends PackTextError {
  override readonly name = 'ConvertError';
}
