/** Shared first step of the JSON importers: safe parsing and picking the list of records. */
import { parseUntrustedJson, UnsafeJsonError } from '@/lib/packs/safe-json';
import { ConvertError } from '@/lib/packs/convert/types';

export function readJson(text: string, what: string): unknown {
  try {
    return parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw new ConvertError(`Could not read the ${what}: ${error.message}`);
    throw error;
  }
}

/** A source id as text (APIs give numbers; some exports give strings). */
export function sourceId(id: unknown): string | undefined {
  return typeof id === 'number' || (typeof id === 'string' && id.trim()) ? String(id).trim() : undefined;
}
