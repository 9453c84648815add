/**
 * Every word the Reports page shows, in one place (ready for lib/i18n's message keys). Figures
 * are formatted here too, so the page and its tests agree on how a number reads.
 */
export const TEXT = {
  title: 'Deskpilot reports',
  intro:
    'Computed on this browser from what Deskpilot recorded here; nothing is sent anywhere. Tickets and templates only, no customer data.',
  range: 'Date range',
  from: 'From',
  to: 'To',
  presets: { today: 'Today', last7: 'Last 7 days', last30: 'Last 30 days', thisMonth: 'This month' },
  loading: 'Loading…',
  failed: 'The report could not be read:',
  empty: 'Nothing recorded in this range yet. Open tickets with the Deskpilot panel and insert replies: they appear here.',
  tiles: {
    tickets: 'Tickets seen',
    inserts: 'Replies inserted',
    edited: 'Edited before insert',
    median: 'Time to reply, median',
    p90: 'Time to reply, 90th percentile',
    saved: 'Time saved (estimate)',
  },
  sources: { heading: 'How tickets were answered', template: 'Template', ai: 'AI draft', fromScratch: 'Written from scratch' },
  sourcesNote:
    'Each ticket counts once, by its last Deskpilot insert. "Written from scratch" is a ticket seen with no Deskpilot insert: Deskpilot cannot see what is typed into the page.',
  replyNote: 'From the customer’s latest message (as the page dates it) to the first insert that answers it; measured on',
  savedNote: (chars: number, perMinute: number) =>
    `${chars.toLocaleString('en')} characters inserted ÷ ${perMinute} characters a minute. An estimate: reading and editing take time too.`,
  typingSpeed: 'Typing speed (words per minute, 5 characters a word)',
  perDay: 'Tickets and inserts per day',
  dimensions: {
    template: 'Inserts per template',
    intent: 'Inserts per request type',
    site: 'Inserts per inbox',
    agent: 'Inserts per agent',
  },
  columns: { name: 'Name', tickets: 'Tickets', inserts: 'Inserts', edited: 'Edited' },
  neverUsed: 'Templates never used in this range',
  allUsed: 'Every template was used at least once.',
  exportHeading: 'Export',
  csv: 'Download CSV (one row per event)',
  json: 'Download JSON (deskpilot.usage/v1)',
  exportNote: [
    'A team lead merges agents’ JSON files with',
    'npm run -s cli -- report merge a.json b.json …',
    'then opens the result here.',
  ],
  openFile: 'Open a team export (JSON)',
  showingFile: (name: string, events: number) => `Showing ${name}: ${events.toLocaleString('en')} events from the file, not this browser.`,
  backToLocal: 'Back to this browser’s data',
  badFile: (name: string, problem: string) => `${name} is not a Deskpilot usage export: ${problem}. Nothing was opened.`,
  settingsLink: 'Settings',
  unclassified: 'Not classified',
} as const;

/** A duration as a person reads it: 45 s, 12 min, 3.5 h, 2.1 days. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = ms / 1000;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

export function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes.toFixed(1)} min` : `${(minutes / 60).toFixed(1)} h`;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)} %`;
}
