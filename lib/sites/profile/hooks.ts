/**
 * Code for what a site truly needs beyond selectors (its quirks), as small named hooks an adapter
 * passes with its built-in profile. A team's profile for the site is read without them: data only.
 */
import type { Person } from '@/lib/schemas/ticket';

export interface OpenConversation {
  /** Where the open conversation's lookups happen (Zendesk keeps every open tab's ticket in the page). */
  root: ParentNode;
  threadId?: string;
  /** Subject to use when the profile's subject selectors find none, and how sure it is (default 0.7). */
  subject?: string;
  subjectCertainty?: number;
  /** 0–1: how sure the hook is that this is the open conversation. */
  certainty: number;
}

export interface SignedIn {
  names: string[];
  emails: string[];
  /** Domains whose every address is ours ("@northwind.example": shared mailboxes and colleagues). */
  domains?: string[];
  /** 0–1: how sure the page's chrome named the signed-in agent. */
  certainty: number;
}

export interface ReadingHooks {
  /** The open conversation, or null to search the whole document. */
  openConversation?(doc: Document, url: URL): OpenConversation | null;
  /** The signed-in agent, from clues selectors cannot read (labels, the window title). */
  signedIn?(doc: Document): SignedIn;
  /** The thread id when neither the hook's open conversation nor the profile's `threadPath` gives one. */
  threadId?(doc: Document, url: URL): string | undefined;
  /** The customer when neither a card nor a customer's message names one (Gmail: the first recipient). */
  customerFallback?(root: ParentNode, ownEmails: ReadonlySet<string>): Person | null;
}
