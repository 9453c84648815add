/**
 * The opening message a page sets apart from the replies may be built apart too: a helpdesk's request
 * description (Jira Service Management's "Description" panel above the comments, seen 2026-12-06) has
 * a class of its own and a heading, yet renders its text with the same renderer as every reply. Its
 * body — its last element — of the replies' bodies' kind (tag and first class) makes it their opening.
 */
export function sameBodyKind(candidate: Element, reply: Element): boolean {
  const body = candidate.lastElementChild;
  const replyBody = reply.lastElementChild;
  if (!body || !replyBody || body.localName !== replyBody.localName) return false;
  const kind = firstClass(replyBody);
  return kind !== '' && firstClass(body) === kind;
}

export function firstClass(element: Element): string {
  return (element.getAttribute('class') ?? '').slice(0, 200).trim().split(/\s+/, 1)[0] ?? '';
}
