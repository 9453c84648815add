/** The variables a template body may use, with one line each for the template editor. */

export interface TemplateVariableInfo {
  name: string;
  description: string;
}

export const TEMPLATE_VARIABLES: readonly TemplateVariableInfo[] = [
  { name: 'customer.first_name', description: "Customer's first name, when the inbox or order shows a real name" },
  { name: 'customer.name', description: "Customer's full name" },
  { name: 'customer.email', description: "Customer's email address" },
  { name: 'order.number', description: 'Order number as the shop shows it, e.g. #1047' },
  { name: 'order.date', description: 'Date the order was placed, written out in the reply language' },
  { name: 'order.status', description: 'Order status in words, e.g. "shipped" or "on hold"' },
  { name: 'order.total', description: 'Order total with its currency, e.g. $84.50 or 84,50 €' },
  { name: 'order.items', description: 'Items ordered: prints as "2 × Mug and Plate"; loop for title, quantity, sku, price' },
  {
    name: 'order.fulfillments',
    description: 'Shipments, oldest first; loop for carrier, tracking_number, tracking_url, status, shipped_at, estimated_delivery, items',
  },
  { name: 'order.tracking_number', description: 'Tracking number of the newest shipment' },
  { name: 'order.tracking_url', description: 'Tracking link of the newest shipment (not allowed in Amazon messages)' },
  { name: 'order.carrier', description: 'Carrier of the newest shipment, e.g. UPS' },
  { name: 'order.estimated_delivery', description: "Carrier's estimated delivery date for the newest shipment" },
  { name: 'shop.name', description: 'Shop name from the settings' },
  { name: 'shop.return_window_days', description: 'Days a customer has to return an item, from the settings' },
  { name: 'shop.support_hours', description: 'Support opening hours from the settings' },
  { name: 'shop.signature', description: 'Sign-off from the settings, e.g. "The Northwind Goods team"' },
  { name: 'agent.name', description: "The agent's own name from the settings" },
  { name: 'ticket.subject', description: "Subject line of the customer's message" },
];

/** Fields of one entry inside `{% for item in order.items %}` / `{% for shipment in order.fulfillments %}`. */
export const LOOP_FIELDS: Readonly<Record<'order.items' | 'order.fulfillments', readonly TemplateVariableInfo[]>> = {
  'order.items': [
    { name: 'title', description: 'Product title' },
    { name: 'quantity', description: 'Quantity ordered' },
    { name: 'sku', description: 'SKU, when the shop has one' },
    { name: 'price', description: 'Unit price with currency' },
  ],
  'order.fulfillments': [
    { name: 'carrier', description: 'Carrier of this shipment' },
    { name: 'tracking_number', description: 'Tracking number of this shipment' },
    { name: 'tracking_url', description: 'Tracking link of this shipment (not for Amazon)' },
    { name: 'status', description: 'Shipment status in words, e.g. "in transit"' },
    { name: 'shipped_at', description: 'Date it was handed to the carrier' },
    { name: 'estimated_delivery', description: "Carrier's estimated delivery date" },
    { name: 'items', description: 'Items in this shipment, when the shop says which' },
  ],
};
