import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { CliError } from './io';

const BINARY_SNIFF_BYTES = 8192;
/** Where a saved page must show it is HTML, in characters (and at most 4 bytes a character). */
const HTML_SNIFF_CHARS = 65_536;
const utf8 = new TextDecoder();

/**
 * The text of the named file, or of standard input when none is given (DESIGN.md CLI contract).
 * Every way it can go wrong is one CliError naming the file: missing, a folder, no permission,
 * empty, or not text (binary, or not UTF-8).
 */
export async function readInput(file: string | undefined): Promise<string> {
  return utf8.decode(await readInputBytes(file));
}

/** The bytes of the named file or of standard input, checked as readInput checks them (UTF-8 text). */
export async function readInputBytes(file: string | undefined): Promise<Buffer> {
  const name = file && file !== '-' ? file : 'standard input';
  const bytes = file && file !== '-' ? await readFileBytes(file) : await readStdin();
  if (bytes.length === 0 || !bytes.some((byte) => !isWhitespace(byte))) throw new CliError(`${name} is empty; give a file with content.`);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new CliError(`${name} is not a text file (it holds binary data).`);
  if (!isUtf8(bytes)) throw new CliError(`${name} is not UTF-8 text; save it as UTF-8 and try again.`);
  return bytes;
}

/** A file's JSON, checked against a schema; each problem names the file and the field. */
export async function readJson<T>(file: string | undefined, schema: z.ZodType<T>, what: string): Promise<T> {
  const name = file ?? 'standard input';
  let value: unknown;
  try {
    value = JSON.parse(await readInput(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name} is not JSON (${error instanceof Error ? error.message : String(error)}); expected ${what}.`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new CliError(`${name} is not ${what}${at}: ${issue?.message ?? 'invalid'}.`);
}

/** A saved page's HTML; refuses a file that is not HTML at all instead of "found no conversation". */
export async function readHtml(file: string | undefined): Promise<string> {
  const html = await readInput(file);
  assertHtml(html.slice(0, HTML_SNIFF_CHARS), file);
  return html;
}

/** readHtml's checks, the page left as bytes: a long page is cut before it is decoded (./long-page.ts). */
export async function readHtmlBytes(file: string | undefined): Promise<Buffer> {
  const bytes = await readInputBytes(file);
  assertHtml(utf8.decode(bytes.subarray(0, 4 * HTML_SNIFF_CHARS)).slice(0, HTML_SNIFF_CHARS), file);
  return bytes;
}

function assertHtml(head: string, file: string | undefined): void {
  if (!/<(?:!doctype|html|head|body|div|main|article|section|table|span|p)[\s>/]/i.test(head)) {
    throw new CliError(
      `${file ?? 'standard input'} is not an HTML page; save the inbox page from the browser (Ctrl+S, "Webpage, Complete" or "HTML only").`,
    );
  }
}

async function readFileBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError(explainReadError(file, (error as NodeJS.ErrnoException).code));
  }
}

function explainReadError(file: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return `cannot read ${file}: no such file (paths are relative to ${process.cwd()}).`;
    case 'EISDIR':
      return `cannot read ${file}: it is a folder; give a file inside it.`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${file}: no permission; check the file's permissions.`;
    default:
      return `cannot read ${file} (${code ?? 'unknown error'}).`;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
