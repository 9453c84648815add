/**
 * What a pack subscription refuses, and why, in words for the agent (subscription.ts): an invalid
 * pack, a pack another source owns, an origin the agent has not granted.
 */
import type { Pack } from '@/lib/schemas/pack';
import { originPattern } from '@/lib/packs/subscription-url';
import { issueMessage, type PackIssue } from '@/lib/packs/validate';
import { packText, PackTextError, type PackText } from '@/lib/packs/pack-text';

export class SubscriptionError extends PackTextError {
  override readonly name = 'SubscriptionError';

  constructor(
    text: PackText,
    readonly issues?: PackIssue[],
    details: readonly PackText[] = [],
  ) {
    super(text, details);
  }
}

export function invalidPackError(issues: PackIssue[]): SubscriptionError {
  return new SubscriptionError(packText('packs.subscription.invalidPack'), issues, issues.slice(0, 5).map(issueMessage));
}

/** Sources another subscription may not take over: the built-in pack and other URLs. */
export function assertCanOwn(pack: Pack, url: string, installedSource: string | undefined, subscribedPackId: string | undefined): void {
  if (subscribedPackId && subscribedPackId !== pack.id) {
    throw new SubscriptionError(packText('packs.subscription.otherPack', { before: subscribedPackId, now: pack.id }));
  }
  if (installedSource && installedSource !== url && installedSource !== 'file') {
    throw new SubscriptionError(
      installedSource === 'builtin'
        ? packText('packs.subscription.ownedByDeskpilot', { pack: pack.id })
        : packText('packs.subscription.ownedByAddress', { pack: pack.id, source: installedSource }),
    );
  }
}

/** Refuses a URL whose origin the agent has not granted; `hasHostPermission` is absent in tests and the CLI. */
export async function checkPermission(url: string, hasHostPermission?: (pattern: string) => Promise<boolean>): Promise<void> {
  const pattern = originPattern(url);
  if (hasHostPermission && !(await hasHostPermission(pattern))) {
    throw new SubscriptionError(packText('packs.subscription.noPermission', { origin: pattern.replace('/*', '') }));
  }
}
