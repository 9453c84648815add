/**
 * The toolbar icon opens the side panel (Chrome) or the sidebar (Firefox). With
 * openPanelOnActionClick the action's click event never fires in Chrome.
 */
export function setUpPanelOpening(): void {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => {
      void browser.sidebarAction.toggle();
    });
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
