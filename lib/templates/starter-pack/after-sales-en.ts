/** English starter templates after delivery: returns, exchanges, refunds and problems with the parcel. */
import type { PackTemplate } from '@/lib/schemas/pack';
import { letter } from '@/lib/templates/starter-pack/letter';

export const AFTER_SALES_TEMPLATES_EN: PackTemplate[] = [
  letter({
    id: 'starter.return.how-to',
    title: 'How to return an item',
    intents: ['return_request'],
    paragraphs: [
      'Thank you for your message. Items can be returned within {{ shop.return_window_days }} days.',
      'To get started, please reply with the item(s) from order {{ order.number }} you would like to return and the reason. I will check the order and send you the return instructions.',
    ],
  }),
  letter({
    id: 'starter.return.outside-window',
    title: 'Return requested after the return window',
    intents: ['return_request', 'refund'],
    paragraphs: [
      'Thank you for your message. Our return window is {{ shop.return_window_days }} days, and your order {{ order.number }} was placed on {{ order.date }}.',
      'I need to check with the team whether we can still accept this return. I will get back to you as soon as I have an answer.',
    ],
  }),
  letter({
    id: 'starter.exchange.size-colour',
    title: 'Exchange for another size or colour',
    intents: ['exchange', 'return_request'],
    paragraphs: [
      'Thank you for your message. I can help you exchange an item from order {{ order.number }} ({{ order.items }}).',
      'Please tell me which item you would like to exchange and which size or colour you would like instead. I will check whether it is in stock and send you the next steps.',
    ],
  }),
  letter({
    id: 'starter.refund.status',
    title: 'Where is my refund',
    intents: ['refund'],
    // Only once the order shows a refund; before that, any wording gets the refund-request reply.
    tags: ['refunded'],
    paragraphs: [
      'Thank you for your message about order {{ order.number }} ({{ order.total }}).',
      'I am checking the order and the payment records now and will confirm where things stand. Once a refund has been issued, the time it takes to show on your statement depends on your bank or card provider.',
    ],
  }),
  letter({
    id: 'starter.refund.request',
    title: 'Refund requested',
    intents: ['refund', 'return_request'],
    paragraphs: [
      'Thank you for your message. I have your request for a refund on order {{ order.number }}.',
      'Could you tell me briefly what went wrong and whether you still have the item? I will review the order and let you know what we can do.',
    ],
  }),
  letter({
    id: 'starter.damaged.photos',
    title: 'Damaged item: ask for photos',
    intents: ['damaged_item'],
    paragraphs: [
      "I'm sorry your order {{ order.number }} arrived damaged.",
      'Could you reply with a few photos of the damaged item and of the packaging, including the shipping label? Once I have them, I will look into it and come back to you with the next steps.',
    ],
  }),
  letter({
    id: 'starter.damaged.photos-received',
    title: 'Damaged item: photos received',
    intents: ['damaged_item'],
    paragraphs: [
      'Thank you for sending the photos.',
      'I am reviewing them with our team now and will get back to you with the next steps for order {{ order.number }}.',
    ],
  }),
  letter({
    id: 'starter.wrong-item.received',
    title: 'Wrong item received',
    intents: ['wrong_item'],
    paragraphs: [
      "I'm sorry you received the wrong item. According to our records, order {{ order.number }} should contain {{ order.items }}.",
      'Could you send me a photo of the item you received and of its label? I will check what happened with our warehouse and get back to you with the next steps. Please keep the item for now.',
    ],
  }),
  letter({
    id: 'starter.missing-item.partial',
    title: 'Item missing from the order',
    intents: ['missing_item'],
    paragraphs: [
      "I'm sorry something is missing. According to our records, order {{ order.number }} contains {{ order.items }}.{% if order.fulfillments.size > 1 %} It was sent in {{ order.fulfillments.size }} separate packages, so one part may still be on its way:{% endif %}",
      '{% if order.fulfillments.size > 1 %}{% for shipment in order.fulfillments %}Package {{ forloop.index }}{% if shipment.items %} ({{ shipment.items }}){% endif %}: {{ shipment.carrier }}, tracking number {{ shipment.tracking_number }}, {{ shipment.status }}{% unless forloop.last %}\n{% endunless %}{% endfor %}\n\n{% endif %}Could you tell me which item is missing? I will check it with our warehouse and get back to you.',
    ],
  }),
];
