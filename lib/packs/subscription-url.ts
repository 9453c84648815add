/**
 * Which URLs a team may subscribe to, and the one host permission each needs. HTTPS only (any host
 * a team already has: a Git repository's raw file, a bucket, an intranet server); plain HTTP only
 * on this machine's loopback, for tests and local pack servers. Subscriptions are stored and backed
 * up, so a URL carrying credentials is refused: the pack must be readable without a secret.
 */
import { packText, PackTextError } from '@/lib/packs/pack-text';

export class SubscriptionUrlError extends PackTextError {
  override readonly name = 'SubscriptionUrlError';
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Query parameters that carry a credential on common hosts (GitHub raw tokens, S3/GCS/Azure signatures). */
const CREDENTIAL_PARAMS =
  /^(token|access_token|api_?key|key|password|secret|sig|signature|x-amz-signature|x-amz-credential|x-goog-signature|x-goog-credential)$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** True for URLs Deskpilot will fetch a pack from (also used to re-check redirect targets). */
export function isAllowedPackUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** Parses and checks a subscription URL; the message says what to change. */
export function parseSubscriptionUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SubscriptionUrlError(packText('packs.url.notAddress', { input: input.slice(0, 200) }));
  }
  if (!isAllowedPackUrl(url)) {
    throw new SubscriptionUrlError(packText('packs.url.notHttps', { protocol: url.protocol.replace(':', '') }));
  }
  if (url.username || url.password) {
    throw new SubscriptionUrlError(packText('packs.url.userInfo'));
  }
  const credential = [...url.searchParams.keys()].find((key) => CREDENTIAL_PARAMS.test(key));
  if (credential) {
    throw new SubscriptionUrlError(packText('packs.url.credential', { name: credential }));
  }
  url.hash = '';
  return url;
}

/**
 * The host permission for one pack URL, e.g. `https://raw.githubusercontent.com/*`. Host
 * permissions cannot be narrower than a host (the path is ignored), and Firefox refuses ports in
 * patterns, so the port is left out; Chrome then matches every port of that host.
 */
export function originPattern(input: string | URL): string {
  const url = typeof input === 'string' ? parseSubscriptionUrl(input) : input;
  return `${url.protocol}//${url.hostname}/*`;
}

/** What to pass to `browser.permissions.request` (from the click handler: it needs a user gesture). */
export function subscriptionPermission(input: string): { origins: string[] } {
  return { origins: [originPattern(input)] };
}
