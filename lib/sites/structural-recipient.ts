/**
 * A message whose header says it was written to the conversation's first author ("Para: Fernanda
 * Almeida · CC: Rodrigo Almeida", "To: Ana Lima", "수신자: 이서연") is a reply to the customer: ours.
 * Not when the first message was itself addressed to that message's author (a conversation we
 * opened: the customer's answer is addressed to us).
 */
import type { GenericMessage } from './generic-message';
import { ADDRESSEE_LABEL } from './structural-header-row';

/** How much of a header after "To:" names the addressees. */
const ADDRESSEES = 80;

export function repliesToFirstAuthor(messages: GenericMessage[]): boolean[] {
  const first = messages[0]?.author.name?.toLowerCase() ?? '';
  return messages.map(({ author, header }) => {
    const name = author.name?.toLowerCase();
    return (
      first.length >= 3 && !!name && name !== first && addressees(header).includes(first) && !addressees(messages[0]!.header).includes(name)
    );
  });
}

/** The header's words after its "To:" label, lower case; '' without one. */
function addressees(header: string): string {
  const label = ADDRESSEE_LABEL().exec(header);
  return label ? header.slice(label.index, label.index + label[0].length + ADDRESSEES) : '';
}
