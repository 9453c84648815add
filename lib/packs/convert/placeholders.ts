/**
 * Maps other tools' placeholders onto Deskpilot's Liquid variables. One with no equivalent becomes
 * a fill-in text field the agent answers on insert (placeholder-fields.ts); one that cannot be
 * (dynamic content, not a path, past the field limit) stays in the body as `{{ its.path }}`, so the
 * panel shows it as a gap the agent must fill instead of sending a blank. Filters Deskpilot's
 * Liquid does not have (Gorgias' `datetime_format`) are dropped with a note.
 */
import type { TemplateField } from '@/lib/schemas/template-field';
import { TEMPLATE_VARIABLES } from '@/lib/templates/variable-catalog';
import { placeholderFields } from '@/lib/packs/convert/placeholder-fields';
import { packText, type PackText } from '@/lib/packs/pack-text';

export type Dialect = 'zendesk' | 'gorgias' | 'helpscout';

const SHOPIFY_ORDER = 'ticket.customer.integrations.shopify.orders[0]';

/** Dated 2026-11-24 from each tool's placeholder reference (Zendesk placeholders, Gorgias macro variables, Help Scout variables). */
const MAPPINGS: Record<Dialect, Record<string, string>> = {
  zendesk: {
    'ticket.requester.first_name': 'customer.first_name',
    'ticket.requester.name': 'customer.name',
    'ticket.requester.email': 'customer.email',
    'ticket.title': 'ticket.subject',
    'ticket.account': 'shop.name',
    'current_user.name': 'agent.name',
    'current_user.first_name': 'agent.name',
    'ticket.assignee.name': 'agent.name',
    'ticket.assignee.first_name': 'agent.name',
  },
  gorgias: {
    'ticket.customer.firstname': 'customer.first_name',
    'ticket.customer.first_name': 'customer.first_name',
    'ticket.customer.name': 'customer.name',
    'ticket.customer.email': 'customer.email',
    'ticket.subject': 'ticket.subject',
    'current_user.name': 'agent.name',
    'current_user.firstname': 'agent.name',
    'current_user.first_name': 'agent.name',
    'ticket.assignee_user.name': 'agent.name',
    'ticket.assignee_user.firstname': 'agent.name',
    [`${SHOPIFY_ORDER}.name`]: 'order.number',
    [`${SHOPIFY_ORDER}.order_number`]: 'order.number',
    [`${SHOPIFY_ORDER}.created_at`]: 'order.date',
    [`${SHOPIFY_ORDER}.total_price`]: 'order.total',
    [`${SHOPIFY_ORDER}.fulfillments[0].tracking_number`]: 'order.tracking_number',
    [`${SHOPIFY_ORDER}.fulfillments[0].tracking_url`]: 'order.tracking_url',
    [`${SHOPIFY_ORDER}.fulfillments[0].tracking_company`]: 'order.carrier',
  },
  helpscout: {
    'customer.firstName': 'customer.first_name',
    'customer.fullName': 'customer.name',
    'customer.email': 'customer.email',
    'user.firstName': 'agent.name',
    'user.fullName': 'agent.name',
    'conversation.subject': 'ticket.subject',
  },
};

const DESKPILOT_VARIABLES = new Set(TEMPLATE_VARIABLES.map((v) => v.name));
/** Standard Liquid filters Deskpilot's renderer (liquidjs) has; others are another tool's own. */
const KNOWN_FILTERS = new Set([
  'default',
  'capitalize',
  'upcase',
  'downcase',
  'strip',
  'lstrip',
  'rstrip',
  'truncate',
  'truncatewords',
  'append',
  'prepend',
  'replace',
  'remove',
  'date',
  'split',
  'join',
  'first',
  'last',
  'size',
]);
const PATH = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\])*$/;

export interface MappedBody {
  body: string;
  /** The other tool's placeholders with no Deskpilot equivalent, left as gaps, as written there. */
  unmapped: string[];
  /** Placeholders the agent now answers in a fill-in field, with that field's declaration. */
  asFields: Array<{ placeholder: string; field: TemplateField }>;
  notes: PackText[];
}

const TOOL_LABELS: Record<Dialect, string> = { zendesk: 'Zendesk', gorgias: 'Gorgias', helpscout: 'Help Scout' };

/** Names bound by `{% for x in ... %}` (their fields are loop variables, not unknowns). */
function loopNames(body: string): Set<string> {
  return new Set([...body.matchAll(/\{%-?\s*for\s+(\w+)\s+in\b/g)].map((m) => m[1]!));
}

function keptFilters(filters: string, target: string, notes: PackText[]): string {
  const parts = filters
    .split('|')
    .slice(1)
    .map((f) => f.trim())
    .filter(Boolean);
  const kept = parts.filter((filter) => {
    const name = /^\w+/.exec(filter)?.[0] ?? '';
    if (KNOWN_FILTERS.has(name)) return true;
    notes.push(packText('packs.convert.note.droppedFilter', { filter, target }));
    return false;
  });
  return kept.map((f) => ` | ${f}`).join('');
}

export function mapPlaceholders(source: string, dialects: readonly Dialect[]): MappedBody {
  const unmapped: string[] = [];
  const notes: PackText[] = [];
  const loops = loopNames(source);
  const lookup = (path: string) => dialects.map((d) => MAPPINGS[d][path]).find(Boolean);
  const fields = placeholderFields(dialects.length === 1 ? TOOL_LABELS[dialects[0]!] : undefined);
  const resolve = (path: string): string => {
    const mapped = lookup(path);
    if (mapped) return mapped;
    const root = path.split(/[.[]/)[0]!;
    if (DESKPILOT_VARIABLES.has(path) || loops.has(root) || root === 'fields') return path;
    const field = fields.fieldFor(path);
    if (field) return field;
    if (!unmapped.includes(path)) unmapped.push(path);
    return path;
  };
  let body = source;
  if (dialects.includes('helpscout')) {
    // Help Scout: {%customer.firstName%} or {%customer.firstName,fallback=there%}.
    body = body.replace(/\{%\s*([A-Za-z]+\.[A-Za-z.]+)\s*(?:,\s*fallback\s*=\s*([^%]*?))?\s*%\}/g, (_, path: string, fallback?: string) => {
      const target = resolve(path);
      return fallback ? `{{ ${target} | default: ${JSON.stringify(fallback)} }}` : `{{ ${target} }}`;
    });
  }
  body = body.replace(/\{\{\s*([^{}|]+?)\s*((?:\|[^{}]*)?)\}\}/g, (whole, path: string, filters: string) => {
    if (!PATH.test(path)) {
      if (!unmapped.includes(path)) unmapped.push(path);
      return whole;
    }
    const target = resolve(path);
    return `{{ ${target}${keptFilters(filters, target, notes)} }}`;
  });
  return { body, unmapped, asFields: fields.mapped(), notes };
}
