/**
 * Settings › Packs in Korean: subscribing to a team pack, a refused file, an update to a template the
 * agent edited, backup and restore, with no English left on screen (korean-words.ts says what may stay).
 */
import { launchWithExtension, type ExtensionBrowser } from '../harness/chromium';
import { startPackServer } from '../servers/pack-server';
import { expect, test } from './fixtures';
import { axeViolations, englishWords } from './korean-words';
import { teamPack, teamReply } from './pack-steps';

test.describe.configure({ timeout: 360_000 });

let korean: ExtensionBrowser;
test.beforeEach(async () => {
  korean = await launchWithExtension({ locale: 'ko-KR' });
});
test.afterEach(() => korean.close());

const teamPackKo = (version: string, where: string) =>
  teamPack(
    version,
    [
      teamReply('team.where', '배송 문의 (팀)', where, ['where_is_my_order'], 'ko'),
      teamReply(
        'team.refund',
        '환불 완료 (팀)',
        '{{ customer.first_name }}님, 안녕하세요.\n\n{{ order.total }} 환불이 완료되었습니다.',
        ['refund'],
        'ko',
      ),
    ],
    '우리 팀 답장',
  );
const WHERE_V1 = '{{ customer.first_name }}님, 안녕하세요.\n\n주문 {{ order.number }}은 배송 중입니다.';
const WHERE_V2 = '{{ customer.first_name }}님, 안녕하세요.\n\n주문 {{ order.number }}이 물류센터에서 출고되었습니다.';
const MY_EDIT = '{{ customer.first_name }}님, 안녕하세요.\n\n주문 {{ order.number }}은 택배사에 인계되었습니다.';

test('Settings › Packs in Korean: subscribe, a refused file, an update to an edited template, backup and restore; no English left', async () => {
  const packs = await startPackServer();
  try {
    packs.publish('team', teamPackKo('1.0.0', WHERE_V1));
    const options = await korean.context.newPage();
    await options.goto(`chrome-extension://${korean.extensionId}/options.html`);
    const section = options.getByTestId('packs');
    await expect(section.getByRole('heading', { name: '팩', exact: true })).toBeVisible();
    await expect(options.getByTestId('installed-pack').first()).toBeVisible();
    expect(await englishWords(options, '[data-testid=packs]')).toEqual([]);

    // Subscribe: the pack is installed and the status says what changed, in Korean.
    const subscriptions = options.getByTestId('pack-subscriptions');
    await subscriptions.getByLabel('팩 주소').fill(packs.url('team'));
    await subscriptions.getByRole('button', { name: '구독', exact: true }).click();
    await expect(options.getByTestId('subscription-status')).toHaveText('구독했습니다: “team.support” 1.0.0 — 2개 추가.');
    await expect(options.locator('[data-testid=installed-pack][data-pack="team.support"]')).toContainText('템플릿 2개');

    // A pack file with a wrong intent: refused, naming template, id and field in Korean.
    const broken = teamPackKo('2.0.0', WHERE_V1);
    broken.templates[1]!.intents = ['not_an_intent'];
    await options
      .getByTestId('pack-import')
      .getByLabel('팩 파일(.json)')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const issues = options.getByTestId('pack-issues');
    await expect(issues).toContainText('팩에 문제가 있어 아무것도 가져오지 않았습니다.');
    await expect(issues).toContainText('템플릿 2(색인 1, ID "team.refund"): 필드 "intents[0]" - 텍스트 "not_an_intent"이며, 허용되는 값(');
    expect(await englishWords(options, '[data-testid=packs]')).toEqual([]);

    // The agent edits a team reply; the pack's next version changes it: the diff waits for a choice.
    const row = options.locator('[data-testid=library-template][data-template="team.where"]');
    await row.getByRole('button', { name: /편집$/ }).click();
    await options.getByTestId('template-body').fill(MY_EDIT);
    await options.getByTestId('template-editor').locator('button.primary').click();
    await expect(row.getByTestId('locally-modified')).toBeVisible();
    packs.publish('team', teamPackKo('1.1.0', WHERE_V2));
    await options
      .locator(`[data-testid=pack-subscription][data-url="${packs.url('team')}"]`)
      .getByRole('button', { name: '지금 확인' })
      .click();
    await expect(options.getByTestId('subscription-status')).toContainText(
      '“team.support”을(를) 버전 1.1.0(으)로 업데이트했습니다: 1개 업데이트, 1개는 수정한 내용 유지.',
    );
    const update = options.locator('[data-testid=pack-update][data-template="team.where"]');
    await expect(update).toContainText('“team.support” 팩 버전 1.1.0에서 이 답장이 바뀌었습니다.');
    await expect(update.locator('.diff-removed')).toContainText(['주문 {{ order.number }}은 택배사에 인계되었습니다.']);
    await expect(options.getByRole('heading', { name: '수정한 템플릿의 업데이트(1)' })).toBeVisible();
    expect(await englishWords(options, '[data-testid=packs]')).toEqual([]);
    expect(await axeViolations(options)).toEqual([]);
    await update.getByRole('button', { name: '팩 버전 사용' }).click();
    await expect(options.getByTestId('pack-updates')).toContainText('“배송 문의 (팀)”을(를) 팩 버전으로 바꿨습니다.');

    // Backup, then restore that file after confirming.
    const backup = options.getByTestId('backup');
    const [download] = await Promise.all([options.waitForEvent('download'), backup.getByRole('button', { name: '백업 내려받기' }).click()]);
    await expect(options.getByTestId('backup-status')).toContainText(/^백업했습니다: 템플릿 \d+개, 팩 \d+개, 구독 1개\.$/);
    await backup.getByLabel('백업 파일에서 복원').setInputFiles(await download.path());
    const confirm = options.getByRole('alertdialog', { name: '이 백업을 복원하시겠습니까?' });
    await expect(confirm).toContainText('라이브러리의 모든 내용을 이 백업의 내용(템플릿');
    expect(await englishWords(options, '[data-testid=packs]')).toEqual([]);
    await confirm.getByRole('button', { name: '복원', exact: true }).click();
    await expect(options.getByTestId('backup-status')).toContainText(/ 백업에서 복원했습니다: 템플릿 \d+개, 팩 \d+개, 구독 1개\.$/);
    expect(await englishWords(options, '[data-testid=packs]')).toEqual([]);
  } finally {
    await packs.close();
  }
});
