import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { translator } from '@/lib/i18n/translator';
import { exportIds, metadataProblems } from './export-selection';

const t = (id: string, packId?: string): Template => ({
  id,
  title: id,
  body: 'Hi',
  intents: ['other'],
  language: 'en',
  sites: [],
  tags: [],
  ...(packId ? { packId } : {}),
  locallyModified: false,
  updatedAt: '2026-11-24T00:00:00Z',
  usageCount: 0,
});
const LIBRARY = [t('a', 'starter'), t('local.b'), t('c', 'team'), t('local.d')];

describe('export selection', () => {
  it('takes everything, only templates written here, or the picked ones in library order', () => {
    expect(exportIds(LIBRARY, 'all', new Set())).toBeUndefined();
    expect(exportIds(LIBRARY, 'own', new Set(['a']))).toEqual(['local.b', 'local.d']);
    expect(exportIds(LIBRARY, 'picked', new Set(['c', 'a', 'gone']))).toEqual(['a', 'c']);
  });

  it('checks the pack id, name and version before building the file', () => {
    expect(metadataProblems({ id: 'acme.support', name: 'Acme', version: '1.2.0' })).toEqual([]);
    const problems = metadataProblems({ id: ' ', name: '', version: 'v1' });
    expect(problems).toEqual(['packs.export.problem.id', 'packs.export.problem.name', 'packs.export.problem.version']);
    expect(problems.map((key) => translator('en').t(key))).toEqual([
      'Pack id: 1 to 200 characters, e.g. acme.support.',
      'Pack name: 1 to 300 characters.',
      'Version: a semantic version such as 1.0.0 (raise it for every release).',
    ]);
    expect(translator('ko').t(problems[2]!)).toMatch(/^버전/);
  });
});
