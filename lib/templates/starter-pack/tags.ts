/**
 * Tags the starter pack uses to say which order state a template fits, so ranking can prefer
 * "has tracking" over "no tracking yet" (and so on) from the order alone.
 */
export const ORDER_STATE_TAGS = {
  'has-tracking': 'The order has at least one shipment with a tracking number.',
  'no-tracking': 'The order has no tracking number yet (not shipped, or shipped without tracking).',
  'multi-package': 'The order was sent in more than one shipment.',
  'not-shipped': 'Nothing has been handed to the carrier yet.',
  delivered: 'The carrier reports the (newest) shipment as delivered.',
  late: 'A shipment not yet delivered is past its estimated delivery date.',
  refunded: 'The order shows a refund (full or partial).',
  'no-order': 'No order was found for the ticket: the reply asks for the order number.',
  'amazon-safe': 'Written for Amazon buyer-seller messaging: no links, contact details or review requests.',
} as const;

export type OrderStateTag = keyof typeof ORDER_STATE_TAGS;
