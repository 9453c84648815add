/**
 * A chat whose one side shows no sender line (the contact's bubbles carry only their text and time,
 * ours our agent's name; Chatwoot-like, blind 19): the conversation's blocks start at its first block
 * with a sender cue (./generic-blocks.ts), which drops the customer's opening message. A block before
 * that one is a message all the same when it is of the very kind (tag and classes) of an uncued block
 * kept after it: the same side's bubble, shown the same way. What sits before a conversation (a
 * header card, a notice) is of another kind.
 */

/** `firstCued`: the index of the first block with a sender cue. */
export function fromLeadingKin(members: Element[], firstCued: number, hasSenderCue: (element: Element) => boolean): Element[] {
  const from = Math.max(0, firstCued);
  const kinds = new Set(
    members
      .slice(from)
      .filter((member) => !hasSenderCue(member))
      .map(kindOf),
  );
  let start = from;
  while (start > 0 && kinds.has(kindOf(members[start - 1]!))) start--;
  return members.slice(start);
}

function kindOf(element: Element): string {
  return `${element.localName} ${(element.getAttribute('class') ?? '').trim()}`;
}
