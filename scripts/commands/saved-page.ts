/**
 * A saved page parsed the way `queue` and the reading eval read it (`extract` uses ./light-page.ts, held to
 * read every fixture as this does): happy-dom, no scripts run,
 * nothing the page links to fetched. The window's teardown is not waited for (it walks the whole
 * tree: 1.4 s of a 450-message page's read, and the CLI exits right after) and never fails the
 * command: it recurses through the tree and overflows the stack on a page nested thousands deep,
 * after the read is done — that page gets one clear answer, not a second error.
 */
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from '@/lib/sites/testing/declarative-shadow';

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
    attachDeclarativeShadowRoots(window.document as unknown as Document);
    return read(window.document as unknown as Document);
  } finally {
    void window.happyDOM.close().catch(() => undefined);
  }
}
