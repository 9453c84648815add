/**
 * Korean starter replies, in 합니다체 as a careful Korean CS agent writes to a customer ("고객님",
 * "-해 주십시오", "안내해 드리겠습니다"). Order facts come from variables, so dates read
 * "2026년 11월 24일" and amounts "₩39,000" (lib/templates/format.ts). Particles after a variable
 * are avoided or put after a fixed noun ("주문(#1047)은"), since 은/는 and 이/가 depend on the value.
 * The texts are data, in korean.json; each names the English template it translates.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { AFTER_SALES_TEMPLATES_EN } from '@/lib/templates/starter-pack/after-sales-en';
import { AMAZON_TEMPLATES_EN } from '@/lib/templates/starter-pack/amazon-en';
import { GENERAL_TEMPLATES_EN } from '@/lib/templates/starter-pack/general-en';
import { mirrorTemplates } from '@/lib/templates/starter-pack/mirror';
import { ORDER_TEMPLATES_EN } from '@/lib/templates/starter-pack/orders-en';
import TEXTS from '@/lib/templates/starter-pack/korean.json';

export const KOREAN_TEMPLATES: PackTemplate[] = [
  ...mirrorTemplates([...ORDER_TEMPLATES_EN, ...AFTER_SALES_TEMPLATES_EN, ...GENERAL_TEMPLATES_EN], 'ko', TEXTS.general),
  ...mirrorTemplates(AMAZON_TEMPLATES_EN, 'ko', TEXTS.amazon),
];
