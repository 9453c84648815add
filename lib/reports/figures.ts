/**
 * The Reports page's figures from usage events, pure: the page, the CLI and the tests compute them
 * the same way. Definitions (also stated on the page):
 * - a ticket counts once in a range, however often it was seen or answered;
 * - a ticket's source is that of its last Deskpilot insert; "written from scratch" is a ticket seen
 *   with no Deskpilot insert (Deskpilot cannot see what the agent types into the page);
 * - time to reply runs from the customer's latest message (triage's "waiting since") to the first
 *   insert that answers it;
 * - time saved is the characters inserted at the team's typing speed: an estimate.
 */
import type { InsertSource, ReplyInsertedEvent, UsageEvent } from '@/lib/reports/event-schema';
import { percentile } from '@/lib/reports/percentile';
import { addDays } from '@/lib/reports/days';
import { CountGroups, type CountRow } from '@/lib/reports/count-groups';

export interface TemplateRef {
  id: string;
  title: string;
  packId?: string;
}

export interface ReportInput {
  events: readonly UsageEvent[];
  /** Agents' local days, both included. */
  fromDay: string;
  toDay: string;
  /** The template library (or an export's list): titles, and which were never used. */
  templates: readonly TemplateRef[];
  charsPerMinute: number;
}

export interface DayRow {
  day: string;
  tickets: number;
  inserts: number;
}

export interface Report {
  fromDay: string;
  toDay: string;
  tickets: number;
  inserts: number;
  ticketsBySource: Record<InsertSource | 'fromScratch', number>;
  insertsBySource: Record<InsertSource, number>;
  edited: number;
  /** Share of inserts edited before insert (0–1); null with no insert. */
  editedRate: number | null;
  timeToReply: { measured: number; medianMs: number | null; p90Ms: number | null };
  characters: number;
  charsPerMinute: number;
  minutesSaved: number;
  perTemplate: CountRow[];
  perIntent: CountRow[];
  perSite: CountRow[];
  perAgent: CountRow[];
  neverUsed: TemplateRef[];
  perDay: DayRow[];
}

/** At most a year and a day of daily rows, whatever range is asked. */
const MAX_DAYS = 366;

/** The agent as a team lead reads it: the name from Settings, else the browser it came from. */
export function agentLabel(event: Pick<UsageEvent, 'agent' | 'installId'>): string {
  return event.agent || `Unnamed agent (browser ${event.installId.slice(0, 8)})`;
}

function daysBetween(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let day = fromDay; day <= toDay && days.length < MAX_DAYS; day = addDays(day, 1)) days.push(day);
  return days;
}

/** First insert per customer message (ticket + waiting since) that has a reply time. */
function replyTimes(inserts: readonly ReplyInsertedEvent[]): number[] {
  const first = new Map<string, ReplyInsertedEvent>();
  for (const event of inserts) {
    if (event.replyMs === undefined || !event.waitingSince) continue;
    const key = `${event.ticket}|${event.waitingSince}`;
    const known = first.get(key);
    if (!known || event.at < known.at) first.set(key, event);
  }
  return [...first.values()].map((event) => event.replyMs!);
}

const wholeMs = (ms: number | null) => (ms === null ? null : Math.round(ms));

export function computeReport(input: ReportInput): Report {
  const events = input.events.filter((e) => e.day >= input.fromDay && e.day <= input.toDay);
  const inserts = events.filter((e): e is ReplyInsertedEvent => e.kind === 'reply_inserted');
  const titles = new Map(input.templates.map((t) => [t.id, t.title]));

  const lastSource = new Map<string, InsertSource | 'fromScratch'>();
  for (const event of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
    if (event.kind === 'reply_inserted') lastSource.set(event.ticket, event.source);
    else if (!lastSource.has(event.ticket)) lastSource.set(event.ticket, 'fromScratch');
  }
  const ticketsBySource = { template: 0, ai: 0, fromScratch: 0 };
  for (const source of lastSource.values()) ticketsBySource[source] += 1;

  const perTemplate = new CountGroups();
  const perIntent = new CountGroups();
  const perSite = new CountGroups();
  const perAgent = new CountGroups();
  const perDay = new Map(daysBetween(input.fromDay, input.toDay).map((day) => [day, { day, tickets: new Set<string>(), inserts: 0 }]));
  for (const event of events) {
    perIntent.add(event.intent ?? 'unknown', event.intent ?? 'unknown', event);
    perSite.add(event.site, event.site, event);
    const agent = agentLabel(event);
    perAgent.add(agent, agent, event);
    const day = perDay.get(event.day);
    day?.tickets.add(event.ticket);
    if (event.kind === 'reply_inserted') {
      if (day) day.inserts += 1;
      if (event.templateId)
        perTemplate.add(event.templateId, titles.get(event.templateId) ?? event.templateTitle ?? event.templateId, event);
    }
  }

  const used = new Set(inserts.flatMap((e) => (e.templateId ? [e.templateId] : [])));
  const times = replyTimes(inserts);
  const characters = inserts.reduce((sum, e) => sum + e.characters, 0);
  const edited = inserts.filter((e) => e.edited).length;
  return {
    fromDay: input.fromDay,
    toDay: input.toDay,
    tickets: lastSource.size,
    inserts: inserts.length,
    ticketsBySource,
    insertsBySource: {
      template: inserts.filter((e) => e.source === 'template').length,
      ai: inserts.filter((e) => e.source === 'ai').length,
    },
    edited,
    editedRate: inserts.length > 0 ? edited / inserts.length : null,
    timeToReply: { measured: times.length, medianMs: wholeMs(percentile(times, 0.5)), p90Ms: wholeMs(percentile(times, 0.9)) },
    characters,
    charsPerMinute: input.charsPerMinute,
    minutesSaved: input.charsPerMinute > 0 ? characters / input.charsPerMinute : 0,
    perTemplate: perTemplate.sorted(),
    perIntent: perIntent.sorted(),
    perSite: perSite.sorted(),
    perAgent: perAgent.sorted(),
    neverUsed: input.templates.filter((t) => !used.has(t.id)).sort((a, b) => a.title.localeCompare(b.title)),
    perDay: [...perDay.values()].map(({ day, tickets, inserts }) => ({ day, tickets: tickets.size, inserts })),
  };
}
