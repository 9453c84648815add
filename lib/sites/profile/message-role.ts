/**
 * A message's role from what a profile and the page say (./read-message.ts): the profile's marks and
 * labels first, then a delivery-failure report, the signed-in agent, the customer card, the profile's default.
 */
import type { Person, Role } from '@/lib/schemas/ticket';
import { cardRole } from './card-match';
import { isDeliveryReport } from '../structural-delivery-report';
import type { Identity } from './read-identity';
import type { LabelRule, SiteProfile } from './types';

/** What the block's own markup said about its role. */
export interface RoleMarks {
  agentMark: boolean;
  customerMark: boolean;
  label: LabelRule['role'] | undefined;
}

/** `decided`: 1 when a rule or identity the page states decided, 0.5 by comparison and default, 0 undecided. */
export function roleOf(
  { agentMark, customerMark, label }: RoleMarks,
  author: Person,
  profile: SiteProfile,
  self: Identity,
  card: Person,
  alias: string | undefined,
): { role: Role | 'unknown'; decided: number } {
  const { roles } = profile;
  if (agentMark) return { role: 'agent', decided: 1 };
  if (customerMark) return { role: 'customer', decided: 1 };
  if (label === 'agent' || label === 'customer') return { role: label, decided: 1 };
  // A bounce the mailbox filed into the conversation is the mail system's, not the customer's (../structural-delivery-report.ts).
  if (isDeliveryReport(author)) return { role: 'system', decided: 1 };
  const name = author.name?.toLowerCase();
  const email = author.email;
  if ((email && (self.emails.has(email) || self.domains.some((domain) => email.endsWith(domain)))) || (name && self.names.has(name))) {
    return { role: 'agent', decided: 1 };
  }
  if (roles?.others && (self.emails.size > 0 || self.names.size > 0)) return { role: roles.others, decided: 1 };
  const byCard = cardRole(author, card, alias);
  if (byCard) return { role: byCard, decided: 0.5 };
  if (roles?.others && !roles.othersNeedSelf) return { role: roles.others, decided: 0.5 };
  return { role: 'unknown', decided: 0 };
}
