/** Store and endpoint addresses: https only (loopback excepted), and the host permission an origin needs. */
import { problem } from '@/lib/connectors/problem';
import { ConnectorError } from '@/lib/connectors/types';

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Keys and tokens travel in headers: plain http is refused except on the machine itself (tests, local proxies). `service` names whose address it is (a brand, as data). */
export function requireSecureUrl(raw: string, service: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw ConnectorError.of('config', problem('storeError.badAddress', { service, address: raw.slice(0, 300) }));
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return url;
  throw ConnectorError.of('config', problem('storeError.insecureAddress', { service, address: url.origin.slice(0, 300) }));
}

/** The match pattern for an origin's optional host permission (ports are not part of match patterns). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
