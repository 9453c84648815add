import { describe, expect, it } from 'vitest';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { formatIssue, MAX_REPORTED_ISSUES, validatePack, validatePackText, type PackIssue } from '@/lib/packs/validate';
import { MAX_FILE_BYTES } from '@/lib/packs/safe-json';

function issuesOf(input: unknown): PackIssue[] {
  const result = typeof input === 'string' ? validatePackText(input) : validatePack(input);
  if (result.ok) throw new Error('expected the pack to be invalid');
  return result.issues;
}

const valid = testPack('1.2.0', [packTemplate('acme.a'), packTemplate('acme.b')]);

describe('validatePack', () => {
  it('accepts a valid pack and returns it parsed', () => {
    const result = validatePackText(JSON.stringify(valid));
    expect(result).toEqual({ ok: true, pack: valid });
  });

  it('names the template by position and id, the field, and what is wrong, in words', () => {
    const broken = { ...valid, templates: [packTemplate('acme.a'), { ...packTemplate('acme.b'), intents: ['refund_please'] }] };
    const [issue, ...rest] = issuesOf(broken);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ templateIndex: 1, templateId: 'acme.b', field: 'intents[0]' });
    expect(formatIssue(issue!)).toMatch(
      /^Template 2 \(index 1, id "acme\.b"\): field "intents\[0\]" is the text "refund_please", which is not one of: "where_is_my_order"/,
    );
  });

  it('explains wrong types, missing fields, empty lists and unknown fields', () => {
    const template = { id: 'acme.x', title: 42, body: 'Hi', intents: [], language: 'en', sites: [], color: 'red' };
    const messages = issuesOf({ ...valid, templates: [template] }).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Template 1 (index 0, id "acme.x"): field "title" must be text, but is the number 42',
        'Template 1 (index 0, id "acme.x"): field "intents" lists 0; must list at least 1 item',
        'Template 1 (index 0, id "acme.x"): field "tags" is missing; it must be a list',
        'Template 1 (index 0, id "acme.x"): the template has a field Deskpilot does not know: "color"',
      ]),
    );
  });

  it('reports pack-level fields without a template', () => {
    const messages = issuesOf({ ...valid, format: 'deskpilot.pack/v9', version: 'latest' }).map(formatIssue);
    expect(messages).toContain('Pack field "format" must be "deskpilot.pack/v1", but is the text "deskpilot.pack/v9"');
    expect(messages).toContain('Pack field "version" must be a semantic version such as "1.4.0", but is the text "latest"');
  });

  it('refuses duplicate ids, broken Liquid and an unreadable date', () => {
    const pack = {
      ...valid,
      updatedAt: 'yesterday',
      templates: [packTemplate('acme.a'), packTemplate('acme.a'), packTemplate('acme.c', 'Hi {{ customer.first_name')],
    };
    const messages = issuesOf(pack).map(formatIssue);
    expect(messages[0]).toMatch(/^Pack field "updatedAt" must be a date/);
    expect(messages[1]).toBe(
      'Template 2 (index 1, id "acme.a"): field "id" repeats the id of template 1 (index 0); ids must be unique in a pack',
    );
    expect(messages[2]).toMatch(/^Template 3 \(index 2, id "acme\.c"\): field "body" is not valid Liquid: /);
  });

  it('says a body is too long without echoing it (10 MB body)', () => {
    const huge = 'x'.repeat(10_000_000);
    const [issue] = issuesOf({ ...valid, templates: [{ ...packTemplate('acme.big'), body: huge }] });
    const message = formatIssue(issue!);
    expect(message).toBe(
      'Template 1 (index 0, id "acme.big"): field "body" is 10,000,000 characters long; must be at most 64,000 characters',
    );
  });

  it('caps the list of problems for a fuzzed file', () => {
    const templates = Array.from({ length: 200 }, (_, i) => ({ id: i }));
    const issues = issuesOf({ ...valid, templates });
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(formatIssue(issues.at(-1)!)).toMatch(/^… and [\d,]+ more problems\.$/);
  });

  it('refuses non-JSON, non-objects and oversized files with one clear message', () => {
    expect(issuesOf('{"format": ').map(formatIssue)[0]).toMatch(/^The file is not valid JSON/);
    expect(issuesOf('[1, 2]').map(formatIssue)[0]).toBe('The file must be an object, but is a list of 2');
    expect(issuesOf(' '.repeat(MAX_FILE_BYTES + 1)).map(formatIssue)[0]).toMatch(
      /^The file is 20\.0 MB, more than the 20\.0 MB Deskpilot accepts\.$/,
    );
  });

  it('refuses prototype-pollution keys anywhere, and pollutes nothing', () => {
    const polluted = `{"format":"deskpilot.pack/v1","id":"p","name":"p","version":"1.0.0","updatedAt":"2026-11-20T09:00:00Z",
      "templates":[{"id":"a","title":"t","body":"b","intents":["other"],"language":"en","sites":[],"tags":[],"__proto__":{"polluted":true}}]}`;
    expect(issuesOf(polluted).map(formatIssue)).toEqual([
      'The file contains the key "__proto__" at templates[0], which Deskpilot refuses for safety.',
    ]);
    expect(issuesOf(JSON.parse('{"constructor": {"prototype": {"x": 1}}}')).map(formatIssue)[0]).toMatch(
      /key "constructor" at the top level/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps script tags as plain text: they are data, rendered as text', () => {
    const body = '<script>alert(1)</script> Hi {{ customer.first_name }}';
    const result = validatePack({ ...valid, templates: [packTemplate('acme.s', body)] });
    expect(result.ok && result.pack.templates[0]!.body).toBe(body);
  });
});
