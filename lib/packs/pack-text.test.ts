import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { PackFetchError, fetchPack } from '@/lib/packs/fetch-pack';
import { packErrorText } from '@/lib/packs/pack-text';
import { parseSubscriptionUrl } from '@/lib/packs/subscription-url';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { formatIssue, formatIssueIn, InvalidPackError, validatePack, validatePackText, type PackIssue } from '@/lib/packs/validate';

const ko = translator('ko').t;
const de = translator('de').t;

function issuesOf(input: unknown): PackIssue[] {
  const result = typeof input === 'string' ? validatePackText(input) : validatePack(input);
  if (result.ok) throw new Error('expected the pack to be invalid');
  return result.issues;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Latin words left in a sentence once the values (ids, fields, quoted text) are taken out. */
const englishLeft = (text: string) => text.replace(/"[^"]*"|“[^”]*”|\S*[[.\]_]\S*/g, ' ').match(/\b[A-Za-z]{3,}\b/g) ?? [];

const valid = testPack('1.2.0', [packTemplate('acme.a'), packTemplate('acme.b')]);

describe('pack messages are keys with values: English for the CLI, the agent’s language in Settings', () => {
  it('a template issue reads as one Korean sentence naming template, id and field', () => {
    const broken = { ...valid, templates: [packTemplate('acme.a'), { ...packTemplate('acme.b'), intents: ['refund_please'], title: 42 }] };
    const issues = issuesOf(broken);
    const english = issues.map(formatIssue);
    expect(english).toContain('Template 2 (index 1, id "acme.b"): field "title" must be text, but is the number 42');
    const korean = issues.map((issue) => formatIssueIn(issue, ko));
    expect(korean).toContain('템플릿 2(색인 1, ID "acme.b"): 필드 "title" - 텍스트 형식이어야 하지만 숫자 42입니다');
    expect(korean.find((line) => line.includes('intents[0]'))).toMatch(
      /^템플릿 2\(색인 1, ID "acme\.b"\): 필드 "intents\[0\]" - 텍스트 "refund_please"이며, 허용되는 값\(/,
    );
    for (const line of korean) expect(englishLeft(line), line).toEqual([]);
  });

  it('sizes, plurals and file-level problems follow the language', () => {
    const long = issuesOf({ ...valid, templates: [{ ...packTemplate('acme.big'), body: 'x'.repeat(70_000) }] });
    expect(formatIssue(long[0]!)).toBe(
      'Template 1 (index 0, id "acme.big"): field "body" is 70,000 characters long; must be at most 64,000 characters',
    );
    expect(formatIssueIn(long[0]!, ko)).toBe(
      '템플릿 1(색인 0, ID "acme.big"): 필드 "body" - 길이가 70,000자입니다. 최대 64,000자여야 합니다',
    );
    expect(formatIssueIn(long[0]!, de)).toBe(
      'Vorlage 1 (Index 0, ID "acme.big"): Feld "body" ist 70.000 Zeichen lang; erlaubt sind höchstens 64.000 Zeichen',
    );
    const [notObject] = issuesOf('[1, 2]');
    expect(formatIssue(notObject!)).toBe('The file must be an object, but is a list of 2');
    expect(formatIssueIn(notObject!, ko)).toBe('파일: 객체 형식이어야 하지만 항목 2개짜리 목록입니다');
    const [unsafe] = issuesOf('{"__proto__": {"x": 1}}');
    expect(formatIssueIn(unsafe!, ko)).toBe('파일의 최상위에 "__proto__" 키가 있어 안전을 위해 거부했습니다.');
  });

  it('an error keeps its English message and renders headline and details in Korean', () => {
    const error = new InvalidPackError(issuesOf({ ...valid, version: 'latest' }));
    expect(error.message).toBe(
      'The pack is not valid, so nothing was imported:\nPack field "version" must be a semantic version such as "1.4.0", but is the text "latest"',
    );
    expect(packErrorText(error, ko)).toBe(
      '팩이 올바르지 않아 아무것도 가져오지 않았습니다:\n팩 필드 "version": "1.4.0" 같은 시맨틱 버전이어야 하지만 텍스트 "latest"입니다',
    );
    const url = thrown(() => parseSubscriptionUrl('http://packs.example.com/a.json'));
    expect(packErrorText(url)).toBe('Deskpilot only subscribes to packs over HTTPS (this address uses http).');
    expect(packErrorText(url, ko)).toBe('Deskpilot은 HTTPS로 제공되는 팩만 구독합니다(이 주소는 http을(를) 사용합니다).');
  });

  it('a server’s refusal: the status stays as sent, the sentence is translated', async () => {
    const notFound = async () => new Response('gone', { status: 404, statusText: 'Not Found' });
    const error = await fetchPack('https://packs.example.com/a.json', {}, notFound).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackFetchError);
    expect((error as PackFetchError).message).toBe(
      'The server answered 404 “Not Found”. Check that the file is still published at this address.',
    );
    expect(packErrorText(error, ko)).toBe('서버가 404 “Not Found”(으)로 응답했습니다. 파일이 아직 이 주소에 게시되어 있는지 확인하십시오.');
  });

  it('an error that is not a pack error has its own words quoted in a sentence, and an unknown throw gets a sentence', () => {
    expect(packErrorText(new Error('disk on fire'), ko)).toBe('문제가 발생해 아무것도 변경하지 않았습니다. 오류 메시지: “disk on fire”');
    expect(packErrorText('??', ko)).toBe('문제가 발생했습니다. 아무것도 변경되지 않았습니다.');
  });
});
