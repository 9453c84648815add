/**
 * Another tool's placeholder that Deskpilot has no variable for is usually something the agent
 * can see or knows (the helpdesk's ticket number, a custom ticket field, the mailbox's name): the
 * converted template asks for it as a fill-in text field, so the agent types it into a form
 * instead of editing a gap. Zendesk dynamic content (`dc.*`) is a block of translated text, not an
 * answer: it stays a gap, for the team to paste the text in.
 */
import { FIELD_NAME_PATTERN, MAX_TEMPLATE_FIELDS, type TemplateField } from '@/lib/schemas/template-field';
import { labelOf } from '@/lib/templates/fields';

const NOT_AN_ANSWER = /^dc\./;
const MAX_NAME = 40;
const MAX_HINT = 160;

/** "ticket.customer.integrations.shopify.orders[0].shipping_address.city" → "orders_shipping_address_city". */
function nameFor(path: string): string {
  const words = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .map((segment) =>
      segment
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, ''),
    )
    .filter(Boolean)
    .slice(-3);
  const name = words
    .join('_')
    .slice(-MAX_NAME)
    .replace(/^[^a-z]+/, '');
  return name || 'value';
}

function unique(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, MAX_NAME - String(n).length - 1)}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Collects the fields of one converted body; `fieldFor` answers the Liquid path to write, or null to keep a gap. */
export function placeholderFields(toolLabel = 'the other tool') {
  const byPath = new Map<string, TemplateField>();
  return {
    fieldFor(path: string): string | null {
      if (NOT_AN_ANSWER.test(path)) return null;
      let field = byPath.get(path);
      if (!field) {
        if (byPath.size >= MAX_TEMPLATE_FIELDS) return null;
        const name = unique(nameFor(path), new Set([...byPath.values()].map((f) => f.name)));
        if (!FIELD_NAME_PATTERN.test(name)) return null;
        field = { name, label: labelOf(name), hint: `{{${path}}} in ${toolLabel}`.slice(0, MAX_HINT) };
        byPath.set(path, field);
      }
      return `fields.${field.name}`;
    },
    /** Placeholder → field, in order of first use. */
    mapped: () => [...byPath.entries()].map(([placeholder, field]) => ({ placeholder, field })),
  };
}
