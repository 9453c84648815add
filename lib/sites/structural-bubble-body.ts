/**
 * How much of a message block may be its message: all its words but the sender line and the
 * times. A chat bubble's marked body ("CJ-48213", "📦 Meu pedido") is short beside the sender's
 * name, a phone number and the clock; measured against the whole block, it would be passed over
 * for the block's text, and the clock and read receipts kept in the message.
 */
export function messageLength(block: Element, sender: Element | null, stamps: ArrayLike<Element>): number {
  let length = visibleLength(block);
  if (sender && block.contains(sender)) length -= visibleLength(sender);
  for (let index = 0; index < stamps.length && index < 5; index++) {
    const stamp = stamps[index]!;
    if (!sender?.contains(stamp)) length -= visibleLength(stamp);
  }
  return Math.max(length, 0);
}

/** Characters other than white space (the markup's indentation is not the page's words). */
export function visibleLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}
