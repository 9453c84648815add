/**
 * A CSV of `title,body[,tags]` (RFC 4180: quoted fields may hold commas, quotes and line breaks),
 * parsed with Papa Parse. A first row naming the columns is recognised and may list them in any
 * order; tags in one cell are separated by `;`, `|` or `,`. Placeholders from Zendesk, Gorgias or
 * Help Scout are mapped too, since spreadsheets are often exported from those tools.
 */
import Papa from 'papaparse';
import { buildConvertedPack } from '@/lib/packs/convert/build';
import { assertFileSize, UnsafeJsonError } from '@/lib/packs/safe-json';
import { ConvertError, type Converter, type SkippedEntry, type SourceReply } from '@/lib/packs/convert/types';
import { packText } from '@/lib/packs/pack-text';

const COLUMNS = ['title', 'body', 'tags'] as const;
type Column = (typeof COLUMNS)[number];

function columnsOf(header: readonly string[]): Record<Column, number> | undefined {
  const names = header.map((cell) => cell.trim().toLowerCase());
  if (!names.includes('title') || !names.includes('body')) return undefined;
  return { title: names.indexOf('title'), body: names.indexOf('body'), tags: names.indexOf('tags') };
}

function rows(text: string): string[][] {
  try {
    assertFileSize(text.length);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw new ConvertError(error.text);
    throw error;
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  // The parser's code says what is wrong at that row; its English words stand in for a code we do not know.
  if (fatal) {
    const reason =
      fatal.code === 'MissingQuotes' || fatal.code === 'InvalidQuotes' ? packText(`packs.convert.csvReason.${fatal.code}`) : fatal.message;
    throw new ConvertError(packText('packs.convert.error.csvMalformed', { row: String((fatal.row ?? 0) + 1), reason }));
  }
  return parsed.data;
}

export const csvConverter: Converter = {
  id: 'csv',
  label: 'CSV (title, body, tags)',
  example: 'title,body,tags',
  convert(text, options) {
    const all = rows(text);
    const header = all[0] ? columnsOf(all[0]) : undefined;
    const columns = header ?? { title: 0, body: 1, tags: 2 };
    const data = header ? all.slice(1) : all;
    if (data.length && data.every((row) => row.length < 2)) throw new ConvertError(packText('packs.convert.error.csvColumns'));
    const replies: SourceReply[] = [];
    const skipped: SkippedEntry[] = [];
    data.forEach((row, index) => {
      const line = index + (header ? 2 : 1);
      const title = row[columns.title]?.trim() ?? '';
      const body = row[columns.body] ?? '';
      if (!body.trim())
        return skipped.push({
          source: title
            ? packText('packs.convert.source.rowTitled', { row: String(line), title })
            : packText('packs.convert.source.row', { row: String(line) }),
          reason: packText('packs.convert.skip.noBody'),
        });
      const tags = columns.tags >= 0 ? (row[columns.tags] ?? '').split(/[;|,]/) : [];
      replies.push({ title, body, tags });
    });
    const result = buildConvertedPack(replies, 'csv', ['zendesk', 'gorgias', 'helpscout'], options);
    return { ...result, skipped: [...skipped, ...result.skipped] };
  },
};
