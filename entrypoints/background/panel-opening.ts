import { toolbarButton } from './toolbar-button';

/** Firefox's sidebar API, absent from Chrome's types. */
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

/**
 * The toolbar icon opens the side panel (Chrome) or the sidebar (Firefox). With
 * openPanelOnActionClick the action's click event never fires in Chrome.
 */
export function setUpPanelOpening(): void {
  if (import.meta.env.FIREFOX) {
    toolbarButton().onClicked.addListener(() => {
      // Called directly in the click handler: Firefox opens the sidebar only on a user action.
      void (browser as unknown as FirefoxSidebar).sidebarAction.toggle();
    });
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
