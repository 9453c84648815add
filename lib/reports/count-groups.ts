import type { UsageEvent } from '@/lib/reports/event-schema';

export interface CountRow {
  key: string;
  label: string;
  /** Distinct tickets seen or answered in this group. */
  tickets: number;
  inserts: number;
  edited: number;
}

/** Rows of a breakdown (per template, intent, site, agent): distinct tickets, inserts and edited inserts. */
export class CountGroups {
  private readonly rows = new Map<string, CountRow & { ticketSet: Set<string> }>();

  add(key: string, label: string, event: UsageEvent): void {
    let row = this.rows.get(key);
    if (!row) {
      row = { key, label, tickets: 0, inserts: 0, edited: 0, ticketSet: new Set() };
      this.rows.set(key, row);
    }
    row.ticketSet.add(event.ticket);
    if (event.kind === 'reply_inserted') {
      row.inserts += 1;
      if (event.edited) row.edited += 1;
    }
  }

  sorted(): CountRow[] {
    return [...this.rows.values()]
      .map(({ ticketSet, ...row }) => ({ ...row, tickets: ticketSet.size }))
      .sort((a, b) => b.inserts - a.inserts || b.tickets - a.tickets || a.key.localeCompare(b.key));
  }
}
