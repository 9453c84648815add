/**
 * A saved page parsed the way the CLI and the reading eval read it: happy-dom, no scripts run,
 * nothing the page links to fetched. Closing the window never fails the command: happy-dom's
 * teardown recurses through the tree and overflows the stack on a page nested thousands deep,
 * after the read is done — that page gets one clear answer, not a second error.
 */
import { Window } from 'happy-dom';

export async function withSavedPage<T>(html: string, url: URL, read: (document: Document) => T): Promise<T> {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptFileLoading: true,
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    return read(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close().catch(() => undefined);
  }
}
