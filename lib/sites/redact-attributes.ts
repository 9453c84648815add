/**
 * A snapshot element's attributes (./redact-snapshot.ts): the ones that name structure kept, event
 * handlers and frame sources removed, every other value — title, aria-label, alt, href, value, email,
 * name, data-* — redacted as text is.
 */
import { redactBesideTime } from '@/lib/sites/redact-beside-time';
import { langOf } from '@/lib/sites/structural-shown-time';

/**
 * Attribute values that name structure, not people: kept. Every other value is redacted — `data-sender`
 * too, through the same word mapping: it holds a side ("self", "buyer") on some sites but the
 * member's user ID on eBay's mobile messages (2026-12-04); a side word is kept (redact-keep-words.json).
 * The yes/no flags the readers take a block's author from (`data-incoming="false"`, ./generic-class-words.ts) are kept.
 */
const STRUCTURAL_ATTRIBUTE =
  /^(?:class|id|role|type|dir|lang|style|align|hidden|sandbox|contenteditable|tabindex|for|rel|itemprop|itemtype|itemscope|datetime|colspan|rowspan|cellpadding|cellspacing|width|height|charset|translate|jsname|jscontroller|jsaction|aria-(?:hidden|expanded|selected|level|multiline|checked|haspopup|live|orientation)|data-(?:test-?id|qa|cy|selector|app-section|garden-id|role|type|direction|channel|public|from-agent|is-agent|agent|incoming|outgoing|is-outgoing|from-customer|sender-(?:role|type)|author-(?:role|type)|entity-type|entity-is-selected|placeholder-kind))$/i;
const ON_HANDLER = /^on/i;
/** The longest attribute value looked at for a time (the tooltip reader reads 100 characters). */
const MAX_DATED_CHARS = 100;

export function redactAttributes(element: Element, text: (value: string) => string): void {
  for (const { name, value } of Array.from(element.attributes)) {
    if (ON_HANDLER.test(name) || name === 'srcdoc') element.removeAttribute(name);
    else if (name === 'src' && !value.startsWith('data:')) element.setAttribute(name, '');
    else if (!STRUCTURAL_ATTRIBUTE.test(name)) element.setAttribute(name, redactValue(element, value, text));
  }
  // A form field's typed value lives in the property, not the attribute.
  if ((element.localName === 'input' || element.localName === 'textarea') && 'value' in element) {
    (element as HTMLInputElement).setAttribute('value', text((element as HTMLInputElement).value ?? ''));
  }
}

/**
 * Any attribute is redacted as text is. One that holds a dated time — a timestamp's `title`, on an element of
 * any class (Gmail's `span.g3`), a conversation item's aria-label "name, date" — keeps the time's own words,
 * which the readers order messages by, and loses the rest (./redact-beside-time.ts).
 */
function redactValue(element: Element, value: string, text: (value: string) => string): string {
  return (value.length <= MAX_DATED_CHARS && redactBesideTime(value, langOf(element), text)) || text(value);
}
