import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { PackTextError, packText } from '@/lib/packs/pack-text';
import { TemplateStorageError } from '@/lib/templates/storage-error';
import { errorText } from './error-text';

const ko = translator('ko').t;

describe('errorText in the agent’s language', () => {
  it('frames a library’s or browser’s own words in a Korean sentence and quotes them', () => {
    expect(errorText(new Error('QuotaExceededError: the quota has been exceeded'), ko)).toBe(
      '문제가 발생해 아무것도 변경하지 않았습니다. 오류 메시지: “QuotaExceededError: the quota has been exceeded”',
    );
  });

  it('words storage and pack errors from their codes, with nothing quoted', () => {
    expect(errorText(new TemplateStorageError('full'), ko)).toBe(ko('storage.full'));
    const refused = new PackTextError(packText('packs.error.unknown'));
    expect(errorText(refused, ko)).toBe(ko('packs.error.unknown'));
    expect(errorText(new Error(''), ko)).toBe(ko('storage.unknown'));
  });
});
