/**
 * The host permission a pack subscription needs: one origin, asked for in the click handler.
 * `requestPackPermission` calls `browser.permissions.request` before its first await, so the
 * prompt still has the click's user gesture. An origin the manifest already grants (the test
 * build's loopback) can make Chrome refuse the request outright; what matters then is whether
 * Deskpilot holds the origin, so a refusal falls back to asking that.
 */
import { subscriptionPermission } from '@/lib/packs/subscription';
import { requestOrigins } from '../stores/host-permissions';

export async function requestPackPermission(url: string): Promise<boolean> {
  let permission: { origins: string[] };
  try {
    permission = subscriptionPermission(url);
  } catch {
    // Not an address Deskpilot subscribes to: subscribe() explains why, with no prompt first.
    return true;
  }
  return requestOrigins(permission.origins);
}

/** For "Check now": a subscription whose origin was taken back reports it instead of failing a fetch. */
export function hasHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}
