import { formatDate, formatMoney } from '@/lib/templates/format';

// The panel speaks the agent's language: English until the UI is translated.
const UI_LOCALE = 'en';

export const displayDate = (iso: string): string => formatDate(iso, UI_LOCALE) ?? iso;
export const displayMoney = (amount: string, currency: string): string => formatMoney(amount, currency, UI_LOCALE);
