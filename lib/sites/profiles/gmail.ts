/**
 * Gmail's conversation view, as the built-in profile Deskpilot reads it with. Gmail's class names
 * are obfuscated and change, so stable attributes (`email=`, `data-message-id`, `role`) come first
 * and classes are fallbacks. "gmail.js" = KartikTalwar/gmail.js src/gmail.js @b7dfdab; "InboxSDK" =
 * InboxSDK src/platform-implementation-js/dom-driver/gmail/views/* @a8a6fe2 (both listed, with line
 * numbers, in ../shared/data/gmail-dom/selectors.json). "Reconstructed" = from public descriptions
 * and screenshots, not from a saved page. All checked 2026-11-24. The visible conversation (Gmail
 * keeps hidden copies of earlier views), its subject and id, and the signed-in account are hooks
 * (lib/sites/gmail-hooks.ts); the subject and reply selectors live in lib/sites/gmail-selectors.ts.
 */
import type { SiteProfile } from '../profile/types';

export const GMAIL_PROFILE: SiteProfile = {
  id: 'deskpilot.gmail',
  site: 'gmail',
  seen: '2026-11-24',
  label: 'Gmail conversation (built in)',
  selectors: {
    // The conversation the hook found (the nearest ancestor of the visible subject holding messages).
    thread: ':scope',
    // One message, expanded or collapsed. gmail.js (4295, 4553), InboxSDK gmail-message-view.ts (123).
    // Each item of the conversation's message list is one message too (outermost wins), so a
    // collapsed row that carries no message id is read rather than dropped (seen 2026-12-04). A
    // message carries its legacy id too, expanded or collapsed, where an unsent draft's row has
    // none (items nested in a wrapper, reconstructed 2026-12-05), so collapsed messages are read and a draft is not.
    message: 'div.adn[data-message-id], div[data-message-id][data-legacy-message-id], [role=list] > [role=listitem]',
    // Body container and body. InboxSDK getContentsElement() 'div.ii.gt' (210); gmail.js 'div.a3s' (4459).
    // Quoted history is read with the body: lib/ticket strips quotes, not the reader.
    body: 'div.ii.gt div.a3s',
    // Sender: `email` and `name` attributes. gmail.js email.dom('from') (4460).
    author: 'span.gD[email]',
    // Time; the `title` holds the full date. gmail.js (4463), InboxSDK getDateString() '.gK .g3' (294).
    time: 'span.g3',
    // The inline reply's compose body. gmail.js compose.dom('body') (4257); insertion stays code.
    replyBox: 'div[contenteditable=true][role=textbox]',
  },
  fallbacks: {
    // Any element carrying Gmail's message id inside a list item (outermost). InboxSDK gmail-message-view.ts.
    message: [{ css: '[role=listitem] [data-message-id]', certainty: 0.6 }],
    body: [
      { css: 'div.a3s, div.ii.gt', certainty: 0.5 },
      // The snippet of a collapsed message (its body is not in the page until opened): `.iA.g6`
      // (reconstructed, 2024), or the row's `span.y2` as in the thread list (seen 2026-12-04).
      { css: '.iA.g6, span.y2', certainty: 1 },
    ],
    // InboxSDK gmail-message-view.ts getSender() (226), sender row 'h3.iw' (939).
    author: [{ css: 'td.gF span[email], h3.iw span[email]', certainty: 0.5 }],
  },
  roles: {
    // Anyone but the signed-in account (and its "me" aliases) is the customer.
    others: 'customer',
  },
};
