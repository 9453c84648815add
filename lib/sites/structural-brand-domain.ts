/**
 * The shop's own mail domain, as the window title names the shop: helpdesks title a ticket
 * "<subject> – <shop> – <product>" ("… – Bernsteinhaus – Zendesk"). A writer at a domain that spells
 * the shop's name ("jonas@bernsteinhaus.example") is one of us — a colleague who opened the ticket
 * for a customer — however the page marks him. The last part names the product ("Gmail"), never the
 * shop, and the subject's own words name no one, so neither counts.
 */
import type { Person } from '@/lib/schemas/ticket';

/** A brand shorter than this ("Shop", "Co") could be anyone's mail domain. */
const MIN_BRAND = 5;

/** The addresses, lower case, of writers at the shop's domain. */
export function brandAddresses(title: string, subject: string, authors: Person[]): string[] {
  const parts = title.slice(0, 300).split(/\s[-–—|·]\s/);
  const topic = squash(subject);
  const brands = new Set(parts.slice(0, -1).map(squash).filter((part) => part.length >= MIN_BRAND && !topic.includes(part)));
  if (brands.size === 0) return [];
  return authors.flatMap(({ email }) => {
    const address = email?.toLowerCase();
    const label = address?.slice(address.indexOf('@') + 1).split('.')[0];
    return address && label && brands.has(squash(label)) ? [address] : [];
  });
}

/** Letters and digits only, lower case, accents dropped: "Bernstein-Haus" and "bernsteinhaus" meet. */
function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}
