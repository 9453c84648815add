import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A build with no meaningful class names: each row says what it is only in its ARIA label. */
const row = (label: string, who: string, when: string, text: string) =>
  `<div role="listitem" aria-label="${label}"><div><span>${who}</span> · <span>${when}</span></div><div>${text}</div></div>`;

describe('a right-to-left page whose only structure is ARIA', () => {
  it('finds the rows by their Persian-digit date lines, reads Solar Hijri dates and takes the labelled rows for ours', () => {
    const page = htmlPage(
      `<html lang="fa" dir="rtl"><body>
      <div role="banner"><button aria-label="حساب من: علی رضایی">ع ر</button></div>
      <div role="main"><div role="heading" aria-level="1">کفش سایز اشتباه</div>
      <div role="list">
        ${row('پیام از مریم صادقی', 'مریم صادقی', '۱۴۰۵/۰۸/۲۹ ۰۹:۱۵', 'سلام، کفش سایز ۳۸ سفارش دادم ولی ۴۰ آمد. لطفا راهنمایی کنید.')}
        ${row('پاسخ', 'علی رضایی', '۱۴۰۵/۰۸/۲۹ ۱۱:۰۲', 'سلام مریم خانم، عذرخواهی می‌کنیم. برچسب ارسال برگشت را برایتان فرستادیم.')}
        ${row('یادداشت خصوصی', 'حسن نوری', '۱۴۰۵/۰۸/۳۰ ۰۸:۴۰', 'سایز ۳۸ فقط در انبار دوم موجود است.')}
        ${row('پیام از مریم صادقی', 'مریم صادقی', '۱۴۰۵/۰۹/۰۱ ۱۸:۲۰', 'برچسب رسید، ممنون. کفش را فردا پست می‌کنم.')}
      </div></div></body></html>`,
      'https://support.example.ir/agent/tickets/5531',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => [message.role, message.sentAt])).toEqual([
      ['customer', '2026-11-20T09:15:00.000Z'],
      ['agent', '2026-11-20T11:02:00.000Z'],
      ['agent', '2026-11-21T08:40:00.000Z'],
      ['customer', '2026-11-22T18:20:00.000Z'],
    ]);
    expect(thread.customer.name).toBe('مریم صادقی');
    expect(thread.messages.at(-1)!.text).toBe('برچسب رسید، ممنون. کفش را فردا پست می‌کنم.');
  });
});
