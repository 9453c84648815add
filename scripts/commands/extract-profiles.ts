/**
 * `extract --profile <file>`: site profiles from a file — one profile, a list, or a pack with
 * `siteProfiles` — validated with the full schema. A problem names the file and the field's path.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import type { SiteProfile } from '@/lib/sites/profile/types';

export class ProfileFileError extends Error {}

export async function readProfileFile(file: string): Promise<SiteProfile[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ProfileFileError(
      `${file}: ${error instanceof SyntaxError ? 'is not JSON' : 'cannot be read'}; give a site profile, a list of them, or a pack with siteProfiles.`,
    );
  }
  const shape = Array.isArray(raw) ? 'list' : raw && typeof raw === 'object' && 'siteProfiles' in raw ? 'pack' : 'profile';
  const schema =
    shape === 'list'
      ? z.array(SiteProfileSchema)
      : shape === 'pack'
        ? z.object({ siteProfiles: z.array(SiteProfileSchema) })
        : SiteProfileSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '');
    throw new ProfileFileError(`${file}: field "${path || '(the file)'}" ${issue.message}.`);
  }
  const data = parsed.data;
  return Array.isArray(data) ? data : 'siteProfiles' in data ? data.siteProfiles : [data];
}
