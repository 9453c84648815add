/**
 * The starter pack that ships with Deskpilot: plain, polite replies that state only what the order
 * data and shop settings say, and promise only what the agent will check. Bump `version` when a
 * template changes, so installed copies are upgraded (local edits are kept).
 */
import { PACK_FORMAT, type Pack } from '@/lib/schemas/pack';
import { AFTER_SALES_TEMPLATES_EN } from '@/lib/templates/starter-pack/after-sales-en';
import { AMAZON_TEMPLATES_EN } from '@/lib/templates/starter-pack/amazon-en';
import { FILL_IN_TEMPLATES } from '@/lib/templates/starter-pack/fill-in';
import { GENERAL_TEMPLATES_EN } from '@/lib/templates/starter-pack/general-en';
import { JAPANESE_TEMPLATES } from '@/lib/templates/starter-pack/japanese';
import { KOREAN_TEMPLATES } from '@/lib/templates/starter-pack/korean';
import { ORDER_TEMPLATES_EN } from '@/lib/templates/starter-pack/orders-en';
import { TRANSLATED_TEMPLATES } from '@/lib/templates/starter-pack/translations';

export { ORDER_STATE_TAGS, type OrderStateTag } from '@/lib/templates/starter-pack/tags';

export const STARTER_PACK_ID = 'deskpilot.starter';

export const STARTER_PACK: Pack = {
  format: PACK_FORMAT,
  id: STARTER_PACK_ID,
  name: 'Deskpilot starter replies',
  version: '1.4.0',
  updatedAt: '2026-11-24T00:00:00.000Z',
  templates: [
    ...ORDER_TEMPLATES_EN,
    ...AFTER_SALES_TEMPLATES_EN,
    ...GENERAL_TEMPLATES_EN,
    ...AMAZON_TEMPLATES_EN,
    ...TRANSLATED_TEMPLATES,
    ...FILL_IN_TEMPLATES,
    ...KOREAN_TEMPLATES,
    ...JAPANESE_TEMPLATES,
  ],
};
