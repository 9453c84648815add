/**
 * Amazon buyer-seller messaging variants, for the cases where the general template would break
 * Amazon's rules: no links (the tracking number and carrier are fine, the tracking URL is not), no
 * email addresses or phone numbers, no review or feedback requests, no marketing.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { amazonLetter } from '@/lib/templates/starter-pack/letter';

export const AMAZON_TEMPLATES_EN: PackTemplate[] = [
  amazonLetter({
    id: 'starter.amazon.wismo.tracking',
    title: 'Where is my order: tracking available (Amazon)',
    intents: ['where_is_my_order'],
    tags: ['has-tracking'],
    paragraphs: [
      'Thank you for your message. Your order {{ order.number }} is on its way with {{ order.carrier }}, tracking number {{ order.tracking_number }}. You can follow it under Your Orders in your Amazon account.',
      '{% if order.estimated_delivery %}The carrier currently expects to deliver it on {{ order.estimated_delivery }}. {% endif %}If the tracking has not moved for several days, please reply here and I will look into it with the carrier.',
    ],
  }),
  amazonLetter({
    id: 'starter.amazon.wismo.multi-package',
    title: 'Where is my order: several packages (Amazon)',
    intents: ['where_is_my_order', 'missing_item'],
    tags: ['has-tracking', 'multi-package'],
    paragraphs: [
      'Thank you for your message. Your order {{ order.number }} was sent in {{ order.fulfillments.size }} separate packages, so they may arrive on different days:',
      '{% for shipment in order.fulfillments %}Package {{ forloop.index }}{% if shipment.items %} ({{ shipment.items }}){% endif %}: {{ shipment.carrier }}, tracking number {{ shipment.tracking_number }}, {{ shipment.status }}{% unless forloop.last %}\n{% endunless %}{% else %}{{ order.fulfillments }}{% endfor %}',
      'If one of them has not moved for several days, please reply here and tell me which one, and I will look into it with the carrier.',
    ],
  }),
  amazonLetter({
    id: 'starter.amazon.return.how-to',
    title: 'How to return an item (Amazon)',
    intents: ['return_request', 'exchange'],
    paragraphs: [
      'Thank you for your message. You can request a return for order {{ order.number }} under Your Orders in your Amazon account, where Amazon will guide you through the steps.',
      'If anything is unclear or the return option is not shown, please reply here and I will check it for you.',
    ],
  }),
  amazonLetter({
    id: 'starter.amazon.damaged.photos',
    title: 'Damaged item: ask for photos (Amazon)',
    intents: ['damaged_item'],
    paragraphs: [
      "I'm sorry your order {{ order.number }} arrived damaged.",
      'Could you attach a few photos of the damaged item and of the packaging to your reply here? Once I have them, I will look into it and come back to you with the next steps.',
    ],
  }),
  amazonLetter({
    id: 'starter.amazon.feedback.thanks',
    title: 'Thanks for the feedback (Amazon)',
    intents: ['feedback'],
    paragraphs: ['Thank you for taking the time to share your thoughts on order {{ order.number }}. I will pass them on to the team.'],
  }),
  amazonLetter({
    id: 'starter.amazon.contact.messages',
    title: 'How to reach us (Amazon)',
    intents: ['contact_request'],
    paragraphs: [
      'Thank you for getting in touch. Please keep writing to us here in Amazon messages: that way everything about your order stays in one place, and our team answers {{ shop.support_hours }}.',
      'How can I help you today?',
    ],
  }),
  amazonLetter({
    id: 'starter.amazon.account',
    title: 'Amazon account questions (Amazon)',
    intents: ['account'],
    paragraphs: [
      'Thank you for your message. Your Amazon account, including sign-in and password, is managed by Amazon, so as a seller we cannot see or change it. Amazon Customer Service can help you with that from the Help section of your account.',
      'If your question is about an order from us, please tell me the order number and I will look into it.',
    ],
  }),
  amazonLetter({
    id: 'starter.amazon.order.not-found',
    title: 'Ask for the order number (Amazon)',
    intents: ['where_is_my_order', 'return_request', 'refund', 'other'],
    tags: ['no-order'],
    paragraphs: [
      'Thank you for your message. Could you tell me the order number this is about? You will find it under Your Orders in your Amazon account. Then I can look into it for you straight away.',
    ],
  }),
];
