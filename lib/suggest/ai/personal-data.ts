/**
 * The customer's personal data Deskpilot already knows for a ticket — from the ticket (name,
 * email, message authors) and the orders (customer, shipping name and address) — so the redactor
 * can find it anywhere in a prompt, also where no pattern would (a name inside a sentence).
 */
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';

export interface KnownPerson {
  full: string;
  /** The name's parts ("Emma", "Schneider"), each replaced on its own too. */
  parts: string[];
}

export interface KnownPersonalData {
  people: KnownPerson[];
  emails: string[];
  /** Street lines and "zip city" lines of the order's addresses. */
  addresses: string[];
}

/** Names that are a role or a placeholder, not a person ("me", "Customer", "Amazon buyer"). */
const NOT_A_NAME = /^(?:me|you|customer|buyer|amazon(?: customer| buyer)?|unknown|support|team|no-?reply)$/i;
/** Honorifics and name particles that alone identify no one. */
const NOT_A_PART = /^(?:mr|mrs|ms|dr|prof|herr|frau|sr|sra|mme|m|von|van|de|der|den|la|le|del|da|di)\.?$/i;

function person(name: string | undefined): KnownPerson | null {
  const full = name?.replace(/\s+/g, ' ').trim() ?? '';
  if (full.length < 2 || NOT_A_NAME.test(full) || full.includes('@')) return null;
  const parts = full
    .split(/[\s,]+/)
    .map((part) => part.replace(/^[("'“]+|[)"'”.]+$/g, ''))
    .filter((part) => part.length >= 2 && !NOT_A_PART.test(part) && /\p{L}/u.test(part));
  return { full, parts: parts.length > 1 ? parts : [] };
}

function addressLines(order: Order): string[] {
  const address = order.shippingAddress;
  if (!address) return [];
  const zipCity = [address.zip, address.city].filter(Boolean).join(' ');
  return [address.address1, address.address2, address.zip && address.city ? zipCity : undefined].flatMap((line) =>
    line && line.trim().length >= 4 ? [line.trim()] : [],
  );
}

export function knownPersonalData(ticket: Ticket | null, orders: readonly Order[]): KnownPersonalData {
  const names = [
    ticket?.customer.name,
    ...(ticket?.messages ?? []).filter((m) => m.role === 'customer').map((m) => m.author.name),
    ...orders.flatMap((order) => [order.customer.name, order.shippingAddress?.name]),
  ];
  const people: KnownPerson[] = [];
  for (const found of names.map(person)) {
    if (found && !people.some((p) => p.full.toLowerCase() === found.full.toLowerCase())) people.push(found);
  }
  const unique = (values: Array<string | undefined>) => [...new Set(values.flatMap((v) => (v?.trim() ? [v.trim()] : [])))];
  return {
    people,
    emails: unique([
      ticket?.customer.email,
      ...(ticket?.messages ?? []).filter((m) => m.role === 'customer').map((m) => m.author.email),
      ...(ticket?.entities.emails ?? []),
      ...orders.map((order) => order.customer.email),
    ]),
    addresses: unique(orders.flatMap(addressLines)),
  };
}
