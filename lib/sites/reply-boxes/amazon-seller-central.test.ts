import { describe, expect, it } from 'vitest';
import { recordInputs } from '../testing/record-inputs';
import { fixturePage } from '../testing/fixture-page';
import { amazonSellerCentralReplyBox } from './amazon-seller-central';

const REPLY = 'Hi Emma,\nyour parcel is with UPS.';
const SOPHIE_URL = 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&t=A2L8R5XKQ1V7ZT';

describe('amazon-seller-central reply box', () => {
  it('finds the reply textarea, also inside a Katal shadow root', () => {
    const page = fixturePage('amazon-seller-central', '2026-11-24-buyer-waiting.html', SOPHIE_URL);
    expect(amazonSellerCentralReplyBox.findReplyBox(page.document)?.getAttribute('data-test-id')).toBe('reply-textarea');
    const form = page.document.querySelector('[data-test-id="reply-form"]')!;
    form.querySelector('textarea')!.remove();
    const host = page.document.createElement('kat-textarea');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea part="textarea"></textarea>';
    form.append(host);
    expect(amazonSellerCentralReplyBox.findReplyBox(page.document)).toBe(host.shadowRoot!.querySelector('textarea'));
  });
});

describe('amazon-seller-central insertReply', () => {
  it('Amazon: fills the reply textarea', async () => {
    const { document } = fixturePage(
      'amazon-seller-central',
      '2026-11-24-buyer-waiting.html',
      'https://sellercentral.amazon.com/messaging/inbox',
    );
    const box = amazonSellerCentralReplyBox.findReplyBox(document) as HTMLTextAreaElement;
    const inputs = recordInputs(box);
    await expect(amazonSellerCentralReplyBox.insertReply(document, REPLY)).resolves.toBe(true);
    expect(box.value).toBe(REPLY);
    expect(inputs).toHaveLength(1);
  });

  it('Amazon: opens a closed reply area with its Reply button first', async () => {
    const { document } = fixturePage(
      'amazon-seller-central',
      '2026-11-24-buyer-waiting.html',
      'https://sellercentral.amazon.com/messaging/inbox',
    );
    const form = document.querySelector('[data-test-id="reply-form"]')!;
    const formHtml = form.outerHTML;
    form.outerHTML = '<button type="button" data-test-id="reply-button">Reply</button>';
    const button = document.querySelector('[data-test-id="reply-button"]')!;
    button.addEventListener('click', () => button.insertAdjacentHTML('afterend', formHtml));
    await expect(amazonSellerCentralReplyBox.insertReply(document, REPLY)).resolves.toBe(true);
    expect((amazonSellerCentralReplyBox.findReplyBox(document) as HTMLTextAreaElement).value).toBe(REPLY);
  });
});
