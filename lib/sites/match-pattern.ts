/**
 * Whether a URL falls under a WebExtension match pattern (`https://host/*`, `*://*.host/path*`).
 * Only the forms the manifest's content-script matches use are needed: scheme or `*`, host or
 * `*.host`, and a path with `*` wildcards.
 */
import { escapeRegExp } from './escape-regexp';

export function matchesPattern(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  if (host !== '*') {
    const bare = host.replace(/^\*\./, '');
    const hostOk = host.startsWith('*.') ? url.hostname === bare || url.hostname.endsWith(`.${bare}`) : url.hostname === host;
    if (!hostOk) return false;
  }
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}
