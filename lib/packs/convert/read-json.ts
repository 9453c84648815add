/** Shared first step of the JSON importers: safe parsing and picking the list of records. */
import { parseUntrustedJson, UnsafeJsonError } from '@/lib/packs/safe-json';
import { ConvertError, type ConverterId } from '@/lib/packs/convert/types';
import { packText } from '@/lib/packs/pack-text';

/** `tool` names the export in the refusal ("Could not read the Zendesk macros: …"). */
export function readJson(text: string, tool: ConverterId): unknown {
  try {
    return parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError)
      throw new ConvertError(
        packText('packs.convert.error.unreadable', { tool: packText(`packs.convert.tool.${tool}`), reason: error.text }),
      );
    throw error;
  }
}

/** A source id as text (APIs give numbers; some exports give strings). */
export function sourceId(id: unknown): string | undefined {
  return typeof id === 'number' || (typeof id === 'string' && id.trim()) ? String(id).trim() : undefined;
}
