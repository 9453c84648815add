/**
 * Japanese starter replies in polite business keigo (「〜いたします」「〜いただけますでしょうか」),
 * addressed "〇〇 様". Order facts come from variables, so dates read "2026年11月24日" and yen
 * amounts "3,900円" (lib/templates/format.ts). Amazon variants are written for Amazon.co.jp, whose
 * order page is 「注文履歴」.
 * The texts are data, in japanese.json; each names the English template it translates.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { AFTER_SALES_TEMPLATES_EN } from '@/lib/templates/starter-pack/after-sales-en';
import { AMAZON_TEMPLATES_EN } from '@/lib/templates/starter-pack/amazon-en';
import { GENERAL_TEMPLATES_EN } from '@/lib/templates/starter-pack/general-en';
import { mirrorTemplates } from '@/lib/templates/starter-pack/mirror';
import { ORDER_TEMPLATES_EN } from '@/lib/templates/starter-pack/orders-en';
import TEXTS from '@/lib/templates/starter-pack/japanese.json';

export const JAPANESE_TEMPLATES: PackTemplate[] = [
  ...mirrorTemplates([...ORDER_TEMPLATES_EN, ...AFTER_SALES_TEMPLATES_EN, ...GENERAL_TEMPLATES_EN], 'ja', TEXTS.general),
  ...mirrorTemplates(AMAZON_TEMPLATES_EN, 'ja', TEXTS.amazon),
];
