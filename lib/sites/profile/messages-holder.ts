/**
 * Where a profile read's messages sit: the nearest element holding the first and the last message.
 * A profile's `thread` may be the whole pane (the ticket's header with the customer's name and
 * address, then the message list); the customer card beside the messages is looked for outside
 * this, not outside the pane, or a header that lost its test ids would never give its address
 * (Seller Central-like, layout mutations 2026-12-07). Never reaches above the thread.
 */
export function messagesHolder(messages: readonly Element[], thread: Element): Element {
  const first = messages[0];
  const last = messages.at(-1);
  if (!first || !last) return thread;
  for (let node = first.parentElement; node && node !== thread; node = node.parentElement) if (node.contains(last)) return node;
  return thread;
}
