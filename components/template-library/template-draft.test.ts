import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { translator } from '@/lib/i18n/translator';
import { draftOf, draftProblemText, newTemplateId, parseTags, templateFromDraft } from './template-draft';

const PACK_TEMPLATE: Template = {
  id: 'acme.where',
  title: 'Where is my order',
  body: 'Hi {{ customer.first_name }}',
  intents: ['where_is_my_order'],
  language: 'en',
  sites: [],
  tags: ['shipping'],
  packId: 'acme',
  packBody: 'Hi {{ customer.first_name }}',
  packVersion: '1.0.0',
  locallyModified: false,
  updatedAt: '2026-11-20T00:00:00Z',
  usageCount: 7,
};

describe('template drafts', () => {
  it('round-trips a template through the editor unchanged and not marked as edited', () => {
    const result = templateFromDraft(draftOf(PACK_TEMPLATE), PACK_TEMPLATE);
    expect(result).toEqual({ ok: true, template: PACK_TEMPLATE });
  });

  it('marks a pack template edited when its title or tags change, not only its body', () => {
    const result = templateFromDraft({ ...draftOf(PACK_TEMPLATE), title: 'Where is it?', tags: 'shipping, ups' }, PACK_TEMPLATE);
    expect(result).toMatchObject({
      ok: true,
      template: { title: 'Where is it?', tags: ['shipping', 'ups'], locallyModified: true, usageCount: 7, packId: 'acme' },
    });
  });

  it('gives a new template a local id, no pack and a zero usage count', () => {
    const result = templateFromDraft({ ...draftOf(undefined), title: 'Gift wrap', language: ' DE ' }, undefined, (title) =>
      newTemplateId(title, () => 'abc123'),
    );
    expect(result).toMatchObject({
      ok: true,
      template: {
        id: 'local.gift-wrap-abc123',
        title: 'Gift wrap',
        language: 'de',
        intents: ['other'],
        usageCount: 0,
        locallyModified: false,
      },
    });
    expect(result.ok && result.template.packId).toBeUndefined();
  });

  it('says which fields are missing', () => {
    const result = templateFromDraft({ ...draftOf(undefined), title: '  ', body: '', intents: [] }, undefined);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => draftProblemText(problem, translator('en').t))).toEqual([
      'Title: must not be empty',
      'Reply text: must not be empty',
      'Intents: must not be empty',
    ]);
    // The editor words them in the agent's language.
    expect(problems.map((problem) => draftProblemText(problem, translator('ko').t))).toEqual([
      '제목: 비워 둘 수 없습니다',
      '답장 내용: 비워 둘 수 없습니다',
      '요청 유형: 비워 둘 수 없습니다',
    ]);
  });

  it('splits tags on commas, trimmed and once each', () => {
    expect(parseTags(' refund, money ,, refund ')).toEqual(['refund', 'money']);
  });
});
