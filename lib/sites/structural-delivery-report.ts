/**
 * A delivery-failure report (a bounce: "Undeliverable: …", "Не вдалося доставити: …", "Delivery Status
 * Notification (Failure)") that the mailbox files into the conversation. The mail system wrote it: it is
 * neither the customer's words nor our reply, so it is read as role "system". It stays in the thread
 * because an agent must see that our last reply never reached the customer (she may write "you never
 * answered"), yet it is never the latest customer message nor counted as our answer. Known by its sender,
 * the mail system's own mailbox or name (postmaster@, mailer-daemon@, "Mail Delivery Subsystem"): the same
 * in every language's mail, unlike the report's wording. The senders are data (structural-words.json).
 */
import type { Person } from '@/lib/schemas/ticket';
import { fromWords } from './reader-words';

const SENDERS = fromWords((words) => new Set(words.deliveryReportSenders));

export function isDeliveryReport(author: Person): boolean {
  const localPart = author.email?.split('@')[0]?.toLowerCase();
  return SENDERS().has(localPart ?? '') || SENDERS().has(author.name?.trim().toLowerCase() ?? '');
}
