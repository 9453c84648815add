/**
 * Settings in Korean: triage, site profiles, stores and their guides, and the template editor, with
 * no English left on screen (korean-words.ts says what may stay). The error states are in
 * korean-errors.spec.ts.
 */
import { launchWithExtension, type ExtensionBrowser } from '../harness/chromium';
import { expect, test } from './fixtures';
import { axeViolations, englishWords, KOREAN_PAGE, MINJI_THREAD } from './korean-words';

test.describe.configure({ timeout: 360_000 });

let korean: ExtensionBrowser;
test.beforeEach(async () => {
  korean = await launchWithExtension({ locale: 'ko-KR' });
});
test.afterEach(() => korean.close());

test('Settings → Triage, Site profiles, Stores (the form and every guide) and the template editor speak Korean', async ({ server }) => {
  // An open Korean ticket: the triage rules preview and the profile test run on it.
  const page = await korean.context.newPage();
  await page.goto(server.pageUrl('gmail', KOREAN_PAGE, MINJI_THREAD));
  const options = await korean.context.newPage();
  await options.goto(`chrome-extension://${korean.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Deskpilot 설정' })).toBeVisible();

  // Triage: thresholds, the team rules, the preview on the open ticket; a wrong rule is explained in Korean.
  const triage = options.getByTestId('triage-rules');
  await expect(triage.getByRole('heading', { name: '분류', exact: true })).toBeVisible();
  await expect(triage.getByTestId('threshold-source-targets.amazon')).toContainText('기본값: 24');
  await expect(triage.getByTestId('rules-preview')).toContainText('주문 취소 요청드립니다');
  expect(await englishWords(options, '[data-testid=triage-rules]')).toEqual([]);
  await triage.locator('textarea').fill('[{"id": "a", "name": "배송 문의", "when": {}, "then": {"tags": ["두 단어"]}}]');
  await expect(triage.getByTestId('rules-problems')).toContainText('조건이 하나 이상 있어야 합니다');
  await expect(triage.getByTestId('rules-problems')).toContainText('태그에는 공백을 넣을 수 없습니다');
  await triage.getByRole('button', { name: '기준값 저장' }).click();
  await expect(triage.getByRole('status')).toHaveText('저장했습니다.');

  // Site profiles: the section, a test on the open Gmail tab, and a selector problem in Korean.
  const profiles = options.getByTestId('site-profiles');
  await expect(profiles.getByRole('heading', { name: '사이트 프로필' })).toBeVisible();
  const gmailTab = await profiles.getByTestId('profile-tab').locator('option', { hasText: '#1069' }).getAttribute('value');
  await profiles.getByTestId('profile-tab').selectOption(gmailTab!);
  await profiles.getByRole('button', { name: '이 페이지에서 테스트' }).click();
  await expect(profiles.getByTestId('profile-test-thread')).toBeVisible();
  await expect(profiles.getByRole('columnheader', { name: '첫 번째 결과' })).toBeVisible();
  expect(await englishWords(options, '[data-testid=site-profiles]')).toEqual([]);
  const example = JSON.parse(await profiles.getByTestId('profile-editor').inputValue());
  await profiles
    .getByTestId('profile-editor')
    .fill(JSON.stringify({ ...example, selectors: { ...example.selectors, author: 'a::before' } }));
  await expect(profiles.getByTestId('profile-problem')).toContainText('의사 요소 ::before을(를) 사용하지만');

  // Stores: the add-store form with each platform's fields and setup guide.
  const stores = options.getByTestId('stores');
  await stores.getByRole('button', { name: '스토어 추가' }).click();
  const form = options.getByTestId('store-form');
  await expect(form.getByRole('heading', { name: '스토어 추가' })).toBeVisible();
  for (const platform of ['shopify', 'woocommerce', 'bigcommerce', 'amazon']) {
    await form.getByLabel('플랫폼', { exact: true }).selectOption(platform);
    await expect(form.getByTestId('platform-guide')).toHaveAttribute('data-platform', platform);
    await expect(form.getByTestId('platform-guide').locator('summary')).toContainText('연결 방법');
    expect(await englishWords(options, '[data-testid=store-form]'), platform).toEqual([]);
  }
  await form.getByRole('button', { name: '연결 테스트' }).click();
  // Amazon is chosen last, its region left empty: the problem is said in Korean, not in zod's English.
  await expect(form.getByRole('alert')).toHaveText('지역: 목록에서 하나를 선택하십시오');
  await form.getByRole('button', { name: '취소' }).click();

  // The template editor: a new template, its preview, an unknown variable and a missing title, all in Korean.
  const library = options.getByTestId('template-library');
  await library.getByRole('button', { name: '새 템플릿' }).click();
  const editor = options.getByTestId('template-editor');
  await expect(editor.getByRole('heading', { name: '새 템플릿' })).toBeVisible();
  await expect(editor.getByTestId('template-preview')).toContainText('예시로 미리 보기');
  expect(await englishWords(options, '[data-testid=template-editor]')).toEqual([]);
  await editor.getByTestId('template-body').fill('{{ custmer.name }}님, 문의해 주셔서 감사합니다.');
  await expect(editor.getByTestId('unknown-variables')).toContainText(
    '알 수 없는 변수 custmer.name: 항상 빈칸으로 남습니다. customer.name을(를) 쓰려던 것입니까?',
  );
  await editor.getByRole('button', { name: '저장' }).click();
  await expect(editor.getByTestId('editor-problems')).toHaveText('제목: 비워 둘 수 없습니다');
  expect(await englishWords(options, '[data-testid=template-editor]')).toEqual([]);
  expect(await axeViolations(options)).toEqual([]);
});
