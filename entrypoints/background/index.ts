/**
 * The background: routes messages, makes the store calls (host permissions and secrets live
 * here, never in the content script), opens the panel from the toolbar, handles the shortcut.
 */
import { onMenuClick, onReadCommand, setUpGenericReader } from './generic-reader';
import { insertTopSuggestion } from './insert-top-suggestion';
import { setUpPackRefresh } from './packs';
import { setUpPanelOpening } from './panel-opening';
import { routeMessage } from './message-router';
import { setUpSiteAccess } from './site-access';

export default defineBackground(() => {
  setUpPanelOpening();
  setUpGenericReader();
  setUpSiteAccess();
  // Synchronously at start-up: an alarm that wakes the worker must find its listener.
  setUpPackRefresh();

  browser.runtime.onMessage.addListener((message: unknown, sender) => routeMessage(message, sender));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'insert-top-suggestion') void insertTopSuggestion(tab?.id);
  });
  // The e2e build only (the bundler drops it elsewhere): Playwright's key presses reach the page,
  // never the browser's shortcuts or context menu, so a spec runs their handlers from the worker.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      e2eInsertTopSuggestion: insertTopSuggestion,
      e2eOnMenuClick: onMenuClick,
      e2eOnReadCommand: onReadCommand,
    });
  }
});
