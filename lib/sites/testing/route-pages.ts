/**
 * Our own pages (not fixtures of any real site) for the route decision's tests: a conversation on
 * a route no adapter declares, and two pages that show people's text without being a conversation
 * with a customer — a message list and a product page with reviews.
 */
const message = (from: string, at: string, text: string) =>
  `<div class="msg"><div class="from">${from}</div><time datetime="${at}">${at.slice(0, 10)}</time><div class="body">${text}</div></div>`;

export const CONVERSATION_PAGE = `<!doctype html><title>Cracked mug – messages</title>
<header><span class="account">Signed in as <b>mugshop_uk</b></span></header>
<main><h1>Cracked mug on arrival</h1><div class="thread">
${message('Priya Nair', '2026-12-01T09:00:00Z', 'Hello, the mug I ordered arrived with a crack down the side. Could you send a replacement?')}
${message('mugshop_uk', '2026-12-01T12:00:00Z', 'Sorry to hear that! Could you send a photo of the crack please?')}
${message('Priya Nair', '2026-12-02T08:00:00Z', 'Photo attached. The crack runs from the rim to the base.')}
</div><form><textarea aria-label="Write a message"></textarea></form></main>`;

const row = (from: string, subject: string, preview: string, day: string) =>
  `<li class="message-row"><a href="/m/1"><span class="sender">${from}</span><span class="subject">${subject}</span><span class="preview">${preview}</span><time>${day}</time></a></li>`;

export const MESSAGE_LIST_PAGE = `<!doctype html><title>Messages</title><main><h1>Inbox</h1><ul class="message-list">
${row('Ana Ruiz', 'Question about shipping', 'Hi, when will my parcel ship?', 'Dec 3')}
${row('Ben Ode', 'Return request', 'The mug arrived chipped, can I return it?', 'Dec 2')}
${row('Cai Lin', 'Combined postage', 'Can you combine postage for two items?', 'Dec 1')}
${row('Dee Park', 'Invoice', 'Please send an invoice for my order.', 'Nov 30')}
</ul></main>`;

const review = (from: string, day: string, text: string) =>
  `<article class="review"><header><span class="author">${from}</span> <time>${day}</time></header><p>${text}</p></article>`;

export const PRODUCT_PAGE = `<!doctype html><title>Blue ceramic mug</title><main><h1>Blue ceramic mug</h1><p>US $12.00</p>
<section class="reviews"><h2>Reviews</h2>
${review('Sam K.', 'Nov 2', 'Lovely mug, arrived quickly and well packed. Would buy again.')}
${review('Jo P.', 'Oct 28', 'Colour is a bit darker than the photo but still nice.')}
${review('Li W.', 'Oct 10', 'Handle is comfortable, holds a lot of coffee.')}
</section></main>`;
