import { describe, expect, it } from 'vitest';
import { asciiDigits } from '@/lib/sites/ascii-digits';

describe('asciiDigits', () => {
  it('reads Persian and Arabic-Indic digits as ASCII, and leaves every other character', () => {
    expect(asciiDigits('ساعت ۰۷:۵۹ — ۱۴۰۳/۱۱/۲۲')).toBe('ساعت 07:59 — 1403/11/22');
    expect(asciiDigits('٣/١٢/٢٠٢٦ ٤:٠٥')).toBe('3/12/2026 4:05');
    expect(asciiDigits('Order 77402, 3:12 PM')).toBe('Order 77402, 3:12 PM');
  });
});
