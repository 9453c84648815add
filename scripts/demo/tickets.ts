import type { UiLocale } from '@/lib/i18n/locales';

/** The demo inbox pages: one open ticket per supported inbox, customers from the demo store. */
export interface DemoTicket {
  name: string;
  site: string;
  file: string;
  hash?: string;
  /** The system colour scheme the panel follows (Deskpilot's default theme is "same as the system"). */
  colorScheme?: 'light' | 'dark';
  /** The interface language chosen in Settings for this walk (default: the browser's, English here). */
  uiLanguage?: UiLocale;
}

export const DEMO_TICKETS: DemoTicket[] = [
  { name: 'gmail', site: 'gmail', file: '2026-11-24-app.html', hash: '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN' },
  { name: 'amazon-seller-central', site: 'amazon-seller-central', file: '2026-11-24-app.html' },
  // The same Gmail ticket with the system in dark mode, and a Korean customer (박민지, demo order #1069) seen by a Korean team.
  { name: 'gmail-dark', site: 'gmail', file: '2026-11-24-app.html', hash: '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN', colorScheme: 'dark' },
  { name: 'gmail-korean', site: 'gmail', file: '2026-12-04-korean-customer.html', hash: '#inbox/FMfcgzQbKrwMinjiPrkQzTvNhLcXsDgW', uiLanguage: 'ko' },
];
