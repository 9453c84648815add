import type { ExtensionBrowser } from '../../tests/harness/chromium';

/**
 * The browser's real side panel cannot be captured, so the picture of "panel beside the inbox"
 * is composed: both screenshots laid out in a page, as Chrome lays them out, and captured again.
 */
export async function sideBySide(ext: ExtensionBrowser, pageShot: Buffer, panelShot: Buffer, colorScheme: 'light' | 'dark' = 'light'): Promise<Buffer> {
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize({ width: 1100 + 420 + 1, height: 900 });
  const img = (shot: Buffer) => `<img src="data:image/png;base64,${shot.toString('base64')}">`;
  await canvas.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start;background:#dfe3e8">${img(pageShot)}` +
      `<div style="width:1px;align-self:stretch;background:#b8bfc6"></div>` +
      `<div style="width:420px;height:900px;overflow:hidden;background:${colorScheme === 'dark' ? '#0d1117' : '#f6f8fa'}">${img(panelShot)}</div></body>`,
  );
  const shot = await canvas.screenshot();
  await canvas.close();
  return shot;
}
