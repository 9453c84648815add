/**
 * The intent taxonomy: what a customer message asks for (DESIGN.md). Its own file so the ticket
 * and template schemas can both use it without importing each other.
 */
import { z } from 'zod';

export const INTENTS = [
  'where_is_my_order',
  'shipping_question',
  'address_change',
  'cancel_order',
  'modify_order',
  'return_request',
  'exchange',
  'refund',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'product_question',
  'pre_sale_question',
  'payment_issue',
  'invoice',
  'discount_request',
  'complaint',
  'feedback',
  'contact_request',
  'account',
  'other',
] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;
