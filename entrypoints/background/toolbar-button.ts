/** Firefox's MV2 build names the toolbar button `browserAction`; MV3 everywhere else `action`. */
export function toolbarButton(): typeof browser.action {
  const mv2 = (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  return browser.action ?? mv2;
}
