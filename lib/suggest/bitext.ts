/**
 * The Bitext customer-support set (../shared/data/bitext) mapped onto our taxonomy exactly as
 * DESIGN.md's Intents section says. Rows are read by scripts and tests, never shipped.
 */
import { z } from 'zod';
import type { Intent } from '@/lib/schemas/template';

export const BITEXT_TO_INTENT: Readonly<Record<string, Intent>> = {
  track_order: 'where_is_my_order',
  delivery_period: 'where_is_my_order',
  delivery_options: 'shipping_question',
  cancel_order: 'cancel_order',
  check_cancellation_fee: 'cancel_order',
  change_shipping_address: 'address_change',
  set_up_shipping_address: 'address_change',
  get_refund: 'refund',
  track_refund: 'refund',
  check_refund_policy: 'refund',
  change_order: 'modify_order',
  complaint: 'complaint',
  payment_issue: 'payment_issue',
  check_payment_methods: 'pre_sale_question',
  place_order: 'pre_sale_question',
  check_invoice: 'invoice',
  get_invoice: 'invoice',
  review: 'feedback',
  contact_customer_service: 'contact_request',
  contact_human_agent: 'contact_request',
  create_account: 'account',
  delete_account: 'account',
  edit_account: 'account',
  recover_password: 'account',
  registration_problems: 'account',
  switch_account: 'account',
  newsletter_subscription: 'account',
};

const BitextRowSchema = z.object({ id: z.string(), text: z.string().min(1), intent: z.string() });

export interface BitextExample {
  id: string;
  text: string;
  intent: Intent;
  /** The original Bitext intent, kept for stratified splits. */
  bitextIntent: string;
}

/** Parses train.jsonl; an unknown Bitext intent is an error, not a silent drop. */
export function parseBitext(jsonl: string): BitextExample[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = BitextRowSchema.parse(JSON.parse(line));
      const intent = BITEXT_TO_INTENT[row.intent];
      if (!intent) throw new Error(`bitext line ${i + 1}: unmapped intent ${row.intent}`);
      return { id: row.id, text: row.text, intent, bitextIntent: row.intent };
    });
}
