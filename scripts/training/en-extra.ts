/**
 * A further round of hand-written English messages for intents that real tickets phrase in many
 * ways: address fixes, order edits, swaps, partial deliveries, mix-ups, codes, delivery questions
 * and messages that need no reply. Written from typical ticket wording, not from any eval set.
 */
import { labelled } from './labelled';

export const EN_EXTRA = [
  ...labelled('address_change', [
    'Hello,\nI have spotted a mistake in my delivery details: the postcode should be SW2 5RT. Order #8123.\nThanks, Nia',
    'Please deliver to my new flat from now on: 9 Bridge Street, apartment 2.',
    'Can the courier leave it at my office instead of my home address?',
    'I accidentally used my billing address as shipping address, can you change it?',
    'Hi, my address is missing the building name, could you add "Riverside House"?',
    'we are moving on friday, please send the parcel to our new address',
    'could you reroute my order to my mum, she lives in Leeds',
    'The city in my address is wrong, it should say Manchester not Manchster',
  ]),
  ...labelled('modify_order', [
    'Hello, could you change the size of the shirt in my order to XL before you ship it?',
    'I just ordered and would like to add another set of napkins to the same order.',
    'Please take the blue vase out of my order, the rest is fine.',
    'Can I switch the colour of the sofa in my order from grey to green?',
    'Hi,\nI only wanted one lamp, not two. Could you reduce the quantity on order 7734?\nThanks',
    'is it possible to upgrade my order to next day delivery',
    'Can you replace the item in my order with the larger model? It has not been sent yet.',
    'Please amend my order, I picked the wrong variant by mistake',
  ]),
  ...labelled('exchange', [
    'Hi, the trainers are too big, could I exchange them for a smaller pair?',
    'I would rather have the grey one, can I send this back and get the grey instead?',
    'Hello,\nthe ring is lovely but it does not fit. Could you swap it for size N?\nMany thanks, Grace',
    'can you exchange my jeans for a different fit',
    'I want to change the item I received for another colour',
    'How do I arrange a swap for a different size?',
  ]),
  ...labelled('missing_item', [
    'Hi, the parcel came but the matching cushion was not in it.',
    'Hello,\nI ordered three prints and only two were in the tube. Order #5561.\nRegards, Omar',
    'the remote control was not included in the box',
    'My delivery is incomplete, the second bag is missing',
    'Half my order is missing, only the plates came',
    'the free gift mentioned on the website was not in the package',
  ]),
  ...labelled('wrong_item', [
    'Hello,\nI ordered the 2 metre cable but the one in the box is 1 metre.\nThanks, Sven',
    'You sent me a medium and my order clearly says large.',
    'I received the right product but in the wrong colour',
    'The parcel contained a toaster, I ordered a kettle',
    'Hi, the book you sent is a different edition from the one I ordered.',
    'the shoes in the box are not the model shown in my order confirmation',
  ]),
  ...labelled('discount_request', [
    'Hello, the 20% code from your newsletter is not accepted at checkout.',
    'Can I still get the sale price? I bought it a day before the sale started.',
    'Hi, do you have a referral code or a discount for returning customers?',
    'My voucher says it has expired but the email said it is valid until the end of the month.',
    'is there free shipping code',
    'I forgot to enter my discount code, can you take it off my order?',
  ]),
  ...labelled('shipping_question', [
    'Hello, how much does delivery to Germany cost and how long does it take?',
    'Do you send orders abroad, for example to the USA?',
    'Which delivery company do you use for large furniture?',
    'Is there an option for same day delivery in London?',
    'Do I need to be home to sign for the delivery?',
    'Can you deliver to a pickup point?',
  ]),
  ...labelled('other', [
    'Thanks, much appreciated!',
    'Okay, great. Have a good weekend.',
    'Perfect, that answers my question. Thank you!',
    'I am currently out of the office with no access to my emails. I will respond on my return.',
    'Unsubscribe',
    'Hi, we make custom packaging for online shops. Could I send you a quote?',
    'Hello, I am a journalist writing about small businesses, could I ask you a few questions?',
    'Sorry, please disregard my last message.',
  ]),
  ...labelled('contact_request', [
    'Could you give me a call about my order? My number is in my account.',
    'Who can I speak to about this on the phone?',
    'Is there a way to chat with an agent?',
    'When are you open for phone calls?',
  ]),
];
