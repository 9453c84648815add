/**
 * Who "we" are on the page a profile reads (./read-with-profile.ts): the profile's signed-in
 * name and address selectors, with what the site's hooks know about the account.
 */
import { singleLine } from '../single-line';
import type { SignedIn } from './hooks';
import { findOne } from './lookup';
import { emailIn, textOf } from './block-fields';
import type { SiteProfile } from './types';

export interface Identity {
  names: Set<string>;
  emails: Set<string>;
  /** "@domain" suffixes whose addresses are ours. */
  domains: string[];
}

export function identity(root: ParentNode, profile: SiteProfile, signedIn: SignedIn | undefined): Identity {
  const name = singleLine(textOf(findOne(root, profile, 'selfName')?.element ?? null)).toLowerCase();
  const email = emailIn(findOne(root, profile, 'selfEmail')?.element ?? null);
  return {
    names: new Set([...(signedIn?.names ?? []).map((n) => n.toLowerCase()), ...(name ? [name] : [])]),
    emails: new Set([...(signedIn?.emails ?? []), ...(email ? [email] : [])]),
    domains: signedIn?.domains ?? [],
  };
}
