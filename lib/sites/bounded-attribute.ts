/** Attribute text looked at per element: a megabyte-long class must not cost a megabyte. */
export const MAX_ATTRIBUTE = 200;

/** An attribute's text ('' when absent), cut to MAX_ATTRIBUTE characters. */
export function boundedAttribute(element: Element, name: string): string {
  return (element.getAttribute(name) ?? '').slice(0, MAX_ATTRIBUTE);
}
