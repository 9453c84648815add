/**
 * Error states in Korean — an AI endpoint refusing the key (in Settings and in the panel), a store
 * test failing for a revoked token and a missing scope, a template that is not Liquid — with no
 * English left on screen (korean-words.ts says what may stay).
 */
import { launchWithExtension, type ExtensionBrowser } from '../harness/chromium';
import { LOOPBACK_MODEL, startOpenAiServer } from '../servers/openai-server';
import { startShopifyServer } from '../servers/shopify-server';
import { expect, test } from './fixtures';
import { englishWords, KOREAN_PAGE, MINJI_THREAD } from './korean-words';

test.describe.configure({ timeout: 360_000 });

let korean: ExtensionBrowser;
test.beforeEach(async () => {
  korean = await launchWithExtension({ locale: 'ko-KR' });
});
test.afterEach(() => korean.close());

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
