/** Hand-made usage events for the report tests: small builders with readable defaults. */
import type { ReplyInsertedEvent, TicketSeenEvent } from '@/lib/reports/event-schema';

let counter = 0;

/** A ticket ref from a short name: 16 hex digits, the same for the same name. */
export function ref(name: string): string {
  let hex = '';
  for (const char of name) hex += char.charCodeAt(0).toString(16).padStart(2, '0');
  return hex.padEnd(16, '0').slice(0, 16);
}

export function seen(ticket: string, day: string, overrides: Partial<TicketSeenEvent> = {}): TicketSeenEvent {
  counter += 1;
  return {
    kind: 'ticket_seen',
    id: `seen:${overrides.installId ?? 'browser-ana'}:${ref(ticket)}:${day}`,
    at: `${day}T09:00:00.000Z`,
    day,
    ticket: ref(ticket),
    site: 'gmail',
    intent: 'where_is_my_order',
    agent: 'Ana',
    installId: 'browser-ana',
    ...overrides,
  };
}

export function inserted(ticket: string, day: string, overrides: Partial<ReplyInsertedEvent> = {}): ReplyInsertedEvent {
  counter += 1;
  return {
    kind: 'reply_inserted',
    id: `insert-${counter}`,
    at: `${day}T10:00:00.000Z`,
    day,
    ticket: ref(ticket),
    site: 'gmail',
    intent: 'where_is_my_order',
    agent: 'Ana',
    installId: 'browser-ana',
    source: 'template',
    templateId: 'acme.wismo',
    templateTitle: 'Where is my order',
    packId: 'acme.support',
    edited: false,
    characters: 400,
    ...overrides,
  };
}
