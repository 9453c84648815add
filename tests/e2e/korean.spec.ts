import { expect, recordInputEvents, test } from './fixtures';

/** 박민지 writes in Korean to cancel #1069 (demo store: placed 2026-11-24, US$102.00, not shipped yet). */
const KOREAN_PAGE = '2026-12-04-korean-customer.html';
const MINJI_THREAD = '#inbox/FMfcgzQbKrwMinjiPrkQzTvNhLcXsDgW';

test('a Korean Gmail ticket gets a Korean reply with Korean dates and amounts, and inserts it', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', KOREAN_PAGE, MINJI_THREAD));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('주문 취소 요청드립니다 (주문번호 #1069)');
  await expect(panel.getByTestId('ticket-customer')).toContainText('박민지');
  await expect(panel.getByTestId('intent')).toHaveAttribute('data-intent', 'cancel_order');
  await expect(panel.locator('[data-testid=order-card][data-order="#1069"]')).toBeVisible();

  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-template', 'starter.cancel.not-shipped.ko');
  const rendered = top.getByTestId('rendered');
  await expect(rendered).toContainText('안녕하세요, 박민지 고객님.');
  await expect(rendered).toContainText('주문일 2026년 11월 24일, 결제 금액 US$102.00');
  await expect(rendered).toContainText("현재 주문 상태는 '상품 준비 중'입니다.");
  await expect(top.locator('mark.gap')).toHaveCount(0);
  // Every fact in the Korean reply is read and found in the order: nothing to confirm before insert.
  await expect(top.getByTestId('unverified-summary')).toHaveCount(0);

  const inputEvents = await recordInputEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  const editor = page.locator('div.M9 [contenteditable=true]');
  await expect(editor).toContainText('주문일 2026년 11월 24일, 결제 금액 US$102.00');
  await expect(editor).toContainText('감사합니다.');
  expect(await inputEvents()).toBeGreaterThan(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
