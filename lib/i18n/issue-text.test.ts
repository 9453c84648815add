import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import { TriageRulesSchema } from '@/lib/triage/rule-schema';
import { i18nIssue, issueText } from './issue-text';
import { translator } from './translator';

const en = translator('en').t;
const ko = translator('ko').t;
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a problem');
  return parsed.error.issues;
};

const PROFILE = {
  id: 'team.zendesk',
  site: 'zendesk',
  seen: '2026-12-04',
  selectors: { thread: 'main', message: 'article' },
};

describe('issueText: a zod issue in the interface language', () => {
  it('words each kind of zod issue', () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      count: z.number().max(3),
      kind: z.enum(['a', 'b']),
      tags: z.array(z.string()).max(1),
    });
    const issues = issuesOf(schema, { name: '', count: 9, kind: 'c', tags: ['x', 'y'], extra: 1 });
    expect(issues.map((issue) => issueText(issue, en))).toEqual([
      'must not be empty',
      'must be at most 3',
      'must be one of: a, b',
      'may hold at most 1',
      'unknown field: extra',
    ]);
    expect(issues.map((issue) => issueText(issue, ko))).toEqual([
      '비워 둘 수 없습니다',
      '3 이하여야 합니다',
      '다음 중 하나여야 합니다: a, b',
      '최대 1개까지 넣을 수 있습니다',
      '알 수 없는 항목: extra',
    ]);
    expect(issuesOf(z.object({ a: z.string() }), {}).map((issue) => issueText(issue, ko))).toEqual(['필수 항목입니다']);
    expect(issuesOf(z.object({ a: z.string() }), { a: 1 }).map((issue) => issueText(issue, en))).toEqual(['must be text']);
  });

  it('keeps English in the message of our own checks, for the CLI and packs, and gives the interface the key', () => {
    const issue = issuesOf(
      z.string().refine(() => false, i18nIssue('triage.issue.duplicateId', { id: 'big-refund' })),
      'x',
    )[0]!;
    expect(issue.message).toBe('duplicate rule id "big-refund"');
    expect(issueText(issue, ko)).toBe('규칙 ID "big-refund"가 중복되었습니다');
  });

  it('words a site profile’s selector problems from their codes', () => {
    const [bad] = issuesOf(SiteProfileSchema, { ...PROFILE, selectors: { ...PROFILE.selectors, author: 'a::before' } });
    expect(bad!.path).toEqual(['selectors', 'author']);
    expect(bad!.message).toBe('selector "a::before" uses the pseudo-element ::before, which matches no element');
    expect(issueText(bad!, ko)).toBe(
      '선택자 "a::before"가 의사 요소 ::before을(를) 사용하지만, 의사 요소는 어떤 요소와도 일치하지 않습니다',
    );
    const [slow] = issuesOf(SiteProfileSchema, { ...PROFILE, selectors: { ...PROFILE.selectors, body: 'p:has(a:has(b))' } });
    expect(issueText(slow!, en)).toBe('selector "p:has(a:has(b))" nests :has() inside :has(), which is too slow for a page read');
    const [seen] = issuesOf(SiteProfileSchema, { ...PROFILE, seen: 'yesterday' });
    expect(issueText(seen!, ko)).toBe('화면 구성을 확인한 날짜를 YYYY-MM-DD 형식으로 써야 합니다');
  });

  it('words triage rule problems', () => {
    const rule = { id: 'r', name: 'R', when: {}, then: { tags: ['two words'] } };
    const texts = issuesOf(TriageRulesSchema, [rule]).map((issue) => issueText(issue, ko));
    expect(texts).toEqual(expect.arrayContaining(['규칙의 "when"에 조건이 하나 이상 있어야 합니다', '태그에는 공백을 넣을 수 없습니다']));
  });
});
