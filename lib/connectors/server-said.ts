/** What a store's error answer said, cut short and with every secret of the request cut out. */
const DETAIL_MAX_CHARS = 160;

/** Cuts every secret out of a text that may echo what was sent (with a floor so "" or "a" cut nothing odd). */
export function redact(text: string, secrets: readonly string[] = []): string {
  return secrets.filter((s) => s.length >= 4).reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

/** A short, tag-free excerpt of what the server said, for the message. */
export function serverSaid(body: string, secrets: readonly string[] = []): string | undefined {
  let said = body;
  try {
    const json: unknown = JSON.parse(body);
    if (json && typeof json === 'object') {
      const record = json as Record<string, unknown>;
      const candidate = record.message ?? record.error_description ?? record.errors ?? record.error;
      said = typeof candidate === 'string' ? candidate : JSON.stringify(candidate ?? json);
    }
  } catch {
    // not JSON: an HTML error page; keep its text
  }
  const text = redact(
    said
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    secrets,
  );
  if (!text) return undefined;
  return text.length > DETAIL_MAX_CHARS ? `${text.slice(0, DETAIL_MAX_CHARS)}…` : text;
}
