/**
 * Help Scout saved replies, as the Mailbox API returns them: the list
 * (`GET /v2/mailboxes/{id}/saved-replies`, a bare array of `{id, name, preview}`), one reply
 * (`GET .../saved-replies/{id}`, `{id, name, text, chatText}`), or a HAL `_embedded` wrapper. The
 * list only has a shortened `preview`: fetch each reply for its full `text` (HTML).
 */
import { z } from 'zod';
import { buildConvertedPack } from '@/lib/packs/convert/build';
import { htmlToText } from '@/lib/packs/convert/html-text';
import { readJson, sourceId } from '@/lib/packs/convert/read-json';
import { ConvertError, type Converter, type SkippedEntry, type SourceReply } from '@/lib/packs/convert/types';
import { packText } from '@/lib/packs/pack-text';

const ReplySchema = z.object({
  id: z.unknown().optional(),
  name: z.string(),
  text: z.string().nullish(),
  chatText: z.string().nullish(),
  preview: z.string().nullish(),
});

const EmbeddedSchema = z.object({ _embedded: z.record(z.string(), z.unknown()) });

const PREVIEW_ONLY = packText('packs.convert.note.previewOnly', { request: 'GET .../saved-replies/{id}' });

function records(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const embedded = EmbeddedSchema.safeParse(value);
  if (embedded.success) {
    const list = Object.values(embedded.data._embedded).find(Array.isArray);
    if (list) return list;
  }
  if (ReplySchema.safeParse(value).success) return [value];
  throw new ConvertError(
    packText('packs.convert.error.notHelpscout', { request: 'GET /v2/mailboxes/{id}/saved-replies', shape: '{id, name, text}' }),
  );
}

export const helpscoutConverter: Converter = {
  id: 'helpscout',
  label: 'Help Scout saved replies',
  example: 'GET /v2/mailboxes/{id}/saved-replies, {id, name, text}',
  convert(input, options) {
    const replies: SourceReply[] = [];
    const skipped: SkippedEntry[] = [];
    records(readJson(input, 'helpscout')).forEach((record, index) => {
      const parsed = ReplySchema.safeParse(record);
      if (!parsed.success) return skipped.push({ source: `[${index}]`, reason: packText('packs.convert.skip.helpscoutNotReply') });
      const reply = parsed.data;
      const full = reply.text?.trim() ? htmlToText(reply.text) : reply.chatText?.trim();
      const body = full || reply.preview?.trim();
      if (!body) return skipped.push({ source: reply.name, reason: packText('packs.convert.skip.helpscoutNoText') });
      replies.push({ sourceId: sourceId(reply.id), title: reply.name, body, tags: [], notes: full ? [] : [PREVIEW_ONLY] });
    });
    const result = buildConvertedPack(replies, 'helpscout', ['helpscout'], options);
    return { ...result, skipped: [...skipped, ...result.skipped] };
  },
};
