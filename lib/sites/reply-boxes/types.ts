/**
 * One site's reply box: where a reply goes and how it is typed there. Lives in the page-extras
 * script (./index.ts), not in the content script, which asks the installed extras for it when the
 * agent inserts (lib/content-script/extras-hook.ts, answer-request.ts): issue 10's 30 KB budget.
 */
export interface ReplyBoxImpl {
  findReplyBox(document: Document): HTMLElement | null;
  /** Opens the reply box if needed and inserts text so the page's editor registers it. Never sends. */
  insertReply(document: Document, text: string): Promise<boolean>;
}
