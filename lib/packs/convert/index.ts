/** The importers from other tools, by the name `pack convert --from <name>` takes. */
import { csvConverter } from '@/lib/packs/convert/csv';
import { gorgiasConverter } from '@/lib/packs/convert/gorgias';
import { helpscoutConverter } from '@/lib/packs/convert/helpscout';
import type { Converter, ConverterId } from '@/lib/packs/convert/types';
import { zendeskConverter } from '@/lib/packs/convert/zendesk';

export const CONVERTERS: Record<ConverterId, Converter> = {
  zendesk: zendeskConverter,
  gorgias: gorgiasConverter,
  helpscout: helpscoutConverter,
  csv: csvConverter,
};

export function isConverterId(value: string): value is ConverterId {
  return Object.hasOwn(CONVERTERS, value);
}

export {
  ConvertError,
  type ConversionResult,
  type ConvertOptions,
  type Converter,
  type ConverterId,
  type TemplateReport,
} from '@/lib/packs/convert/types';
