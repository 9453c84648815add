/**
 * "Always read this site": the permission and the registered content script cover one origin,
 * written as a match pattern. Ports are left out — match patterns cannot name one — so the
 * pattern covers the host on any port, as the browser's own permission prompt shows it.
 */
const READABLE_PROTOCOLS = new Set(['https:', 'http:']);

/** `https://helpdesk.example/*` for any page on that host, or null for pages no script may read. */
export function originPattern(pageUrl: string | null | undefined): string | null {
  if (!pageUrl) return null;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (!READABLE_PROTOCOLS.has(url.protocol) || !url.hostname) return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** The host as the agent knows it, for labels ("Always read helpdesk.example"). */
export function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}
