/** English starter templates before and during delivery: where is my order, shipping, changes, cancellation. */
import type { PackTemplate } from '@/lib/schemas/pack';
import { letter } from '@/lib/templates/starter-pack/letter';

export const ORDER_TEMPLATES_EN: PackTemplate[] = [
  letter({
    id: 'starter.wismo.tracking',
    title: 'Where is my order: tracking available',
    intents: ['where_is_my_order'],
    tags: ['has-tracking'],
    paragraphs: [
      'Thank you for getting in touch. Your order {{ order.number }} is on its way with {{ order.carrier }}, tracking number {{ order.tracking_number }}.{% if order.tracking_url %} You can follow the parcel here: {{ order.tracking_url }}{% endif %}',
      '{% if order.estimated_delivery %}The carrier currently expects to deliver it on {{ order.estimated_delivery }}. {% endif %}If the tracking has not moved for several days, just reply to this message and I will look into it with the carrier.',
    ],
  }),
  letter({
    id: 'starter.wismo.no-tracking',
    title: 'Where is my order: no tracking yet',
    intents: ['where_is_my_order', 'shipping_question'],
    tags: ['no-tracking', 'not-shipped'],
    paragraphs: [
      'Thank you for your message. Your order {{ order.number }} from {{ order.date }} is currently {{ order.status }}, and it does not have a tracking number yet.',
      'I am checking with our team when it will be dispatched and will send you the tracking details as soon as they are available.',
    ],
  }),
  letter({
    id: 'starter.wismo.multi-package',
    title: 'Where is my order: sent in several packages',
    intents: ['where_is_my_order', 'missing_item'],
    tags: ['has-tracking', 'multi-package'],
    paragraphs: [
      'Thank you for getting in touch. Your order {{ order.number }} was sent in {{ order.fulfillments.size }} separate packages, so they may arrive on different days:',
      '{% for shipment in order.fulfillments %}Package {{ forloop.index }}{% if shipment.items %} ({{ shipment.items }}){% endif %}: {{ shipment.carrier }}, tracking number {{ shipment.tracking_number }}, {{ shipment.status }}{% if shipment.tracking_url %}, {{ shipment.tracking_url }}{% endif %}{% unless forloop.last %}\n{% endunless %}{% else %}{{ order.fulfillments }}{% endfor %}',
      'If one of them has not moved for several days, let me know which one and I will look into it with the carrier.',
    ],
  }),
  letter({
    id: 'starter.wismo.delivered-not-received',
    title: 'Marked as delivered but not received',
    intents: ['where_is_my_order', 'missing_item'],
    tags: ['has-tracking', 'delivered'],
    paragraphs: [
      "I'm sorry your parcel hasn't reached you. {{ order.carrier }} shows order {{ order.number }} (tracking number {{ order.tracking_number }}) as delivered.",
      'Parcels marked as delivered sometimes turn up with a neighbour, in a mailbox or parcel locker, or at the reception of a building. Could you check those places first?',
      'If it is not there, please reply and confirm your delivery address. I will then open an investigation with {{ order.carrier }} and keep you updated on what they find.',
    ],
  }),
  letter({
    id: 'starter.wismo.delayed',
    title: 'Parcel delayed in transit',
    intents: ['where_is_my_order', 'complaint'],
    // Apologising for a delay before the estimated date would state something false.
    tags: ['has-tracking', 'late'],
    paragraphs: [
      "I'm sorry your order {{ order.number }} is taking longer than expected. It is with {{ order.carrier }} under tracking number {{ order.tracking_number }}.",
      'I am asking the carrier why the parcel has not moved and will get back to you as soon as I hear from them.',
    ],
  }),
  letter({
    id: 'starter.order.not-found',
    title: 'Ask for the order number (no order found)',
    intents: ['where_is_my_order', 'cancel_order', 'modify_order', 'return_request', 'refund', 'address_change', 'other'],
    tags: ['no-order'],
    paragraphs: [
      'Thank you for your message. I could not find an order under the email address you wrote from.',
      'Could you send me the order number from your confirmation email, or the email address you used at checkout? Then I can look into this for you straight away.',
    ],
  }),
  letter({
    id: 'starter.shipping.options',
    title: 'Delivery options and costs',
    intents: ['shipping_question', 'pre_sale_question'],
    paragraphs: [
      'Thank you for your question about delivery. The delivery options and costs for your address are shown at checkout once you enter it, before you pay.',
      'If you tell me which country and postcode you would like us to deliver to, I will check the options for you.',
    ],
  }),
  letter({
    id: 'starter.shipping.customs',
    title: 'Customs duties and import taxes',
    intents: ['shipping_question'],
    paragraphs: [
      'Thank you for asking about customs. Import duties and taxes depend on the destination country and on what is being sent.',
      '{% if order.number %}I am checking how order {{ order.number }} is being shipped and what applies to it, and will get back to you with the details.{% else %}Could you tell me which country you would like to order to? I will check what applies and get back to you with the details.{% endif %}',
    ],
  }),
  letter({
    id: 'starter.address.before-shipping',
    title: 'Change the delivery address (not shipped yet)',
    intents: ['address_change'],
    tags: ['not-shipped', 'no-tracking'],
    paragraphs: [
      'Thank you for letting us know. Your order {{ order.number }} is currently {{ order.status }}.',
      'Please send me the complete new address, including the postcode. I will check whether the address can still be changed before dispatch and confirm with you before anything is changed.',
    ],
  }),
  letter({
    id: 'starter.address.after-shipping',
    title: 'Change the delivery address (already shipped)',
    intents: ['address_change'],
    tags: ['has-tracking'],
    paragraphs: [
      'Thank you for letting us know. Your order {{ order.number }} has already been handed to {{ order.carrier }} (tracking number {{ order.tracking_number }}), so we can no longer change the address in our system.',
      'I will check with {{ order.carrier }} whether the parcel can be redirected and let you know what they say. Please send me the complete new address in the meantime.',
    ],
  }),
  letter({
    id: 'starter.cancel.not-shipped',
    title: 'Cancel an order that has not shipped',
    intents: ['cancel_order'],
    tags: ['not-shipped', 'no-tracking'],
    paragraphs: [
      'Thank you for your message. I have your request to cancel order {{ order.number }} ({{ order.total }}), which is currently {{ order.status }}.',
      'I am checking whether it can still be stopped before dispatch and will confirm by email once I know, including how the payment will be handled.',
    ],
  }),
  letter({
    id: 'starter.cancel.already-shipped',
    title: 'Cancel an order that has already shipped',
    intents: ['cancel_order'],
    tags: ['has-tracking'],
    paragraphs: [
      'Thank you for your message. Your order {{ order.number }} has already been handed to {{ order.carrier }} (tracking number {{ order.tracking_number }}), so I can no longer cancel it in our system.',
      'Once it arrives, you can send it back within our {{ shop.return_window_days }}-day return window. Reply to this message when it has arrived and I will help you with the return.',
    ],
  }),
  letter({
    id: 'starter.modify.items',
    title: 'Change items, size or quantity',
    intents: ['modify_order'],
    paragraphs: [
      'Thank you for your message. Your order {{ order.number }} is currently {{ order.status }} and contains {{ order.items }}.',
      'Please tell me exactly what you would like to change (item, size, colour or quantity). I will check whether the order can still be changed and confirm with you, including any difference in price, before anything is changed.',
    ],
  }),
];
