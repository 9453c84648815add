/** English starter templates for questions not tied to one delivery: products, payment, account, feedback. */
import type { PackTemplate } from '@/lib/schemas/pack';
import { letter } from '@/lib/templates/starter-pack/letter';

export const GENERAL_TEMPLATES_EN: PackTemplate[] = [
  letter({
    id: 'starter.product.question',
    title: 'Product question',
    intents: ['product_question', 'pre_sale_question'],
    paragraphs: [
      'Thank you for your question. I want to give you an accurate answer, so I am checking the details with our product team.',
      'I will get back to you as soon as I have them.',
    ],
  }),
  letter({
    id: 'starter.product.availability',
    title: 'Stock and availability',
    intents: ['product_question', 'pre_sale_question'],
    paragraphs: [
      'Thank you for your interest. I am checking the current stock for the item you asked about and whether more is expected.',
      'I will let you know what I find out.',
    ],
  }),
  letter({
    id: 'starter.presale.general',
    title: 'Question before ordering',
    intents: ['pre_sale_question'],
    paragraphs: [
      'Thank you for your interest in {{ shop.name }}. I am happy to help before you order.',
      'Could you tell me a little more about what you are looking for? Our support team is available {{ shop.support_hours }}.',
    ],
  }),
  letter({
    id: 'starter.payment.failed',
    title: 'Payment did not go through',
    intents: ['payment_issue'],
    paragraphs: [
      "I'm sorry the payment did not work. Could you tell me which payment method you used and the exact message you saw? A screenshot helps too.",
      'Please do not send full card numbers or security codes by email. I will check on our side what happened and get back to you.',
    ],
  }),
  letter({
    id: 'starter.payment.charged-twice',
    title: 'Charged twice',
    intents: ['payment_issue'],
    paragraphs: [
      "I'm sorry for the worry. Our records show order {{ order.number }} with a total of {{ order.total }}.",
      'I am checking the payments recorded for this order and will confirm what I find. If you can, please send me the date and amount of both charges as they appear on your statement.',
    ],
  }),
  letter({
    id: 'starter.invoice.request',
    title: 'Invoice request',
    intents: ['invoice'],
    paragraphs: [
      'Thank you for your message. I will arrange the invoice for order {{ order.number }} from {{ order.date }} ({{ order.total }}).',
      'If you need a company name, billing address or VAT number on it, please send me those details first.',
    ],
  }),
  letter({
    id: 'starter.discount.request',
    title: 'Asking for a discount',
    intents: ['discount_request'],
    paragraphs: ['Thank you for asking. I am checking with the team whether a current offer applies to your order, and will let you know.'],
  }),
  letter({
    id: 'starter.discount.code-not-working',
    title: 'Discount code not working',
    intents: ['discount_request', 'payment_issue'],
    paragraphs: [
      "I'm sorry the code did not work. Could you send me the code and the message shown at checkout?",
      'I will check the conditions of the code and get back to you.',
    ],
  }),
  letter({
    id: 'starter.complaint.apology',
    title: 'Complaint: apologise and look into it',
    intents: ['complaint'],
    paragraphs: [
      "I'm sorry about your experience, and thank you for telling us. I understand why you are disappointed.",
      'I am looking into what happened{% if order.number %} with order {{ order.number }}{% endif %} and will come back to you with a clear answer.',
    ],
  }),
  letter({
    id: 'starter.complaint.escalate',
    title: 'Complaint: passed to a senior colleague',
    intents: ['complaint'],
    paragraphs: [
      "I'm sorry we have not resolved this for you yet. I am asking a senior colleague to review your case with me.",
      'We will get back to you once we have gone through it.',
    ],
  }),
  letter({
    id: 'starter.feedback.thanks',
    title: 'Thanks for the feedback',
    intents: ['feedback'],
    paragraphs: [
      'Thank you for taking the time to share your feedback. I will pass it on to the team.',
      'If you would like to tell other customers about your experience, a review on our website would mean a lot to us.',
    ],
  }),
  letter({
    id: 'starter.contact.hours',
    title: 'How to reach us',
    intents: ['contact_request'],
    paragraphs: [
      'Thank you for getting in touch. You can reply to this email at any time, and our team answers {{ shop.support_hours }}.',
      'How can I help you today?',
    ],
  }),
  letter({
    id: 'starter.account.password',
    title: 'Cannot sign in / reset password',
    intents: ['account'],
    paragraphs: [
      'You can set a new password with the "Forgot password" link on the sign-in page. The email can take a few minutes to arrive, so please check your spam folder too.',
      'If it does not arrive, let me know and I will check the account for {{ customer.email }}.',
    ],
  }),
  letter({
    id: 'starter.account.delete',
    title: 'Delete my account',
    intents: ['account'],
    paragraphs: [
      'Thank you for your message. I have your request to delete the account for {{ customer.email }}.',
      'I will confirm by email once it has been done. If you also have an open order, please tell me, so we can finish it first.',
    ],
  }),
  letter({
    id: 'starter.account.newsletter',
    title: 'Unsubscribe from the newsletter',
    intents: ['account'],
    paragraphs: [
      'Thank you for letting us know. I am removing {{ customer.email }} from our newsletter.',
      'You can also unsubscribe at any time with the link at the bottom of each newsletter.',
    ],
  }),
  letter({
    id: 'starter.other.acknowledge',
    title: 'Acknowledge and look into it',
    intents: ['other'],
    paragraphs: ['Thank you for your message. I am looking into it and will get back to you as soon as I can.'],
  }),
];
