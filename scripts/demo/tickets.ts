/** The demo inbox pages: one open ticket per supported inbox, customers from the demo store. */
export interface DemoTicket {
  name: string;
  site: string;
  file: string;
  hash?: string;
}

export const DEMO_TICKETS: DemoTicket[] = [
  { name: 'gmail', site: 'gmail', file: '2026-11-24-app.html', hash: '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN' },
  { name: 'amazon-seller-central', site: 'amazon-seller-central', file: '2026-11-24-app.html' },
];
