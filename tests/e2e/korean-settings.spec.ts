/**
 * Settings in Korean: triage, site profiles, stores and their guides, the template editor, and the
 * error states (an AI endpoint refusing the key, a store test failing, a template that is not
 * Liquid), with no English left on screen (korean-words.ts says what may stay).
 */
import { launchWithExtension, type ExtensionBrowser } from '../harness/chromium';
import { LOOPBACK_MODEL, startOpenAiServer } from '../servers/openai-server';
import { startShopifyServer } from '../servers/shopify-server';
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

test('error states in Korean: the AI endpoint refusing the key, a store test failing, a template that is not Liquid; no English left', async ({
  server,
}) => {
  const [ai, shopify] = await Promise.all([startOpenAiServer(), startShopifyServer()]);
  try {
    const options = await korean.context.newPage();
    await options.goto(`chrome-extension://${korean.extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Deskpilot 설정' })).toBeVisible();

    // Settings → AI: a refused key, then the right one, saved.
    const form = options.getByTestId('ai-settings');
    await form.getByLabel('패널에서 AI 초안 제공').check();
    await form.getByLabel('기본 URL').fill(ai.baseUrl);
    await form.getByLabel('API 키').fill('sk-not-the-key');
    await form.getByLabel('모델', { exact: true }).fill(LOOPBACK_MODEL);
    const status = form.getByTestId('ai-settings-status');
    await form.getByRole('button', { name: '테스트', exact: true }).click();
    await expect(status).toHaveText('테스트에 실패했습니다: API 키가 거부되었습니다(401). 설정에서 키를 확인하십시오.');
    expect(await englishWords(options, '[data-testid=ai-settings]')).toEqual([]);
    await form.getByLabel('API 키').fill(ai.apiKey);
    await form.getByRole('button', { name: '테스트', exact: true }).click();
    await expect(status).toHaveText(`연결되었습니다. "${LOOPBACK_MODEL}" 모델을 사용할 수 있습니다.`);
    await form.getByRole('button', { name: '저장', exact: true }).click();
    await expect(status).toContainText('저장했습니다');

    // Stores: Test connection with a revoked token, and with a missing scope.
    await options.getByTestId('stores').getByRole('button', { name: '스토어 추가' }).click();
    const store = options.getByTestId('store-form');
    await store.getByLabel('플랫폼', { exact: true }).selectOption('shopify');
    await store.getByLabel('스토어 도메인').fill(shopify.shopDomain);
    await store.getByLabel('관리자 API 액세스 토큰').fill('shpat_revoked_0000');
    await store.locator('summary', { hasText: '고급' }).click();
    await store.getByLabel('API 기본 URL').fill(shopify.origin);
    const verdict = store.getByTestId('connection-verdict');
    await store.getByRole('button', { name: '연결 테스트' }).click();
    await expect(verdict).toHaveAttribute('data-ok', 'false');
    await expect(verdict).toContainText('(HTTP 401)');
    expect(await englishWords(options, '[data-testid=store-form]')).toEqual([]);
    await store.getByLabel('관리자 API 액세스 토큰').fill(shopify.accessToken);
    shopify.scopes.delete('read_customers');
    await store.getByRole('button', { name: '연결 테스트' }).click();
    await expect(verdict).toContainText('read_customers 권한 범위가 없습니다');
    // The shop's own name (Alder & Oak Home, from the store) is data.
    const shopName = new Set(['Alder', 'Oak', 'Home']);
    expect((await englishWords(options, '[data-testid=store-form]')).filter((word) => !shopName.has(word))).toEqual([]);
    shopify.scopes.add('read_customers');
    await store.getByRole('button', { name: '연결 테스트' }).click();
    await expect(verdict).toHaveAttribute('data-ok', 'true');
    await expect(verdict).toContainText('주문을 읽을 수 있습니다');
    expect((await englishWords(options, '[data-testid=store-form]')).filter((word) => !shopName.has(word))).toEqual([]);
    await store.getByRole('button', { name: '취소' }).click();

    // A template whose Liquid does not parse: the editor says where, in Korean.
    const library = options.getByTestId('template-library');
    await library.getByRole('button', { name: '새 템플릿' }).click();
    const editor = options.getByTestId('template-editor');
    await editor.getByTestId('template-body').fill('{% iff order %}안녕하세요');
    await expect(editor.getByTestId('liquid-error')).toContainText('"iff" 태그가 없습니다(1행 1열)');
    expect(await englishWords(options, '[data-testid=template-editor]')).toEqual([]);

    // The panel: the AI endpoint refuses the key; the note is Korean and the templates stay.
    ai.setScenario({ kind: 'status', status: 401 });
    const page = await korean.context.newPage();
    await page.goto(server.pageUrl('gmail', KOREAN_PAGE, MINJI_THREAD));
    const panel = await korean.openPanel(page);
    const card = panel.getByTestId('ai-draft');
    await card.getByRole('button', { name: 'AI로 초안 작성' }).click();
    await expect(card.getByTestId('ai-draft-error')).toHaveText(
      'AI 초안을 사용할 수 없습니다: API 키가 거부되었습니다(401). 설정에서 키를 확인하십시오. 대신 템플릿을 표시합니다.',
    );
    expect(await englishWords(panel, '[data-testid=ai-draft]')).toEqual([]);
    await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  } finally {
    await Promise.all([ai.close(), shopify.close()]);
  }
});

/** A team's pack as a Korean shop writes it; version 1.1.0 rewords the delay reply. */
