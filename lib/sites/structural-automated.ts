/**
 * Replies the shop's automation sends: a flow's answer, a bot's greeting, a macro sent as is. They
 * are messages from "us" — the customer reads them as the shop's answer — not events to leave out
 * and never the customer's. Known by a label beside the sender ("Northwind (automated)",
 * "Northwind Bot", "自動返信", in nine languages, structural-words.json), by a sender named as an
 * assistant ("Pacific Threads Assistant", "Agente virtual"; structural-assistant-words.json, nine
 * languages, matched in the sender's name only: a per-message "Ask the AI assistant" button is no
 * sender) or by a class word only those blocks carry (`is-automated`, `message--bot`). A platform's
 * own notice ("Amazon", "Automated message" with no shop name) stays an event: structural-events.ts
 * looks for those first.
 */
import type { GenericMessage } from './generic-message';
import { phrases } from './structural-phrases';
import { fromWords } from './reader-words';

const AUTOMATED_LABEL = fromWords((words) => phrases(words.automatedLabels));
const ASSISTANT_NAME = fromWords((words) => phrases(words.assistantNames));
const AUTOMATED_CLASS_WORDS = fromWords((words) => new Set(words.automatedClassWords));

/** For each message, whether the shop's automation sent it. */
export function automatedReplies(messages: GenericMessage[]): boolean[] {
  if (messages.length === 0) return [];
  // A class word every block carries (`bot-widget`) says nothing about any one of them.
  const shared = new Set([...messages[0]!.classWords].filter((word) => messages.every((message) => message.classWords.has(word))));
  return messages.map((message) => isAutomated(message, shared));
}

function isAutomated({ author, header, classWords }: GenericMessage, shared: Set<string>): boolean {
  // Only a reply someone is named on: an unsigned line is an event, whatever its class.
  if (!author.name && !author.email) return false;
  if ([...classWords].some((word) => !shared.has(word) && AUTOMATED_CLASS_WORDS().has(word))) return true;
  return AUTOMATED_LABEL().test(`${author.name ?? ''} ${header}`) || ASSISTANT_NAME().test(author.name ?? '');
}
