import { describe, expect, it } from 'vitest';
import { localMessage, renderMessage } from '@/lib/i18n/local-message';
import { translator } from '@/lib/i18n/translator';
import { readUsageExport, UsageFileError } from './export-actions';

async function refusal(contents: string): Promise<UsageFileError> {
  const error = await readUsageExport(new File([contents], 'usage.json')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UsageFileError);
  return error as UsageFileError;
}

const inKorean = (error: UsageFileError) => renderMessage(localMessage(error.key, error.params), translator('ko').t);

describe('a usage export that is not one, said in the agent’s language', () => {
  it('names the field and words zod’s issue from its code, not zod’s English', async () => {
    const error = await refusal(JSON.stringify({ format: 'deskpilot.usage/v1', exportedAt: 'yesterday' }));
    const shown = inKorean(error);
    expect(shown).toMatch(/^exportedAt/);
    expect(shown).not.toMatch(/Invalid|expected|received/i);
    // The English (logs) comes from the same catalog.
    expect(error.message).toMatch(/^at exportedAt: /);
  });

  it('names the file itself when the whole value is wrong', async () => {
    expect(inKorean(await refusal('[]'))).toMatch(/^파일 전체/);
    expect(inKorean(await refusal('not json'))).toBe(translator('ko').t('reports.badFile.notJson'));
  });
});
