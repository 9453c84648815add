import type { SiteAdapter } from '../types';

/**
 * One site's reply box: where a reply goes and how it is typed there. Lives in the page-extras
 * script (./index.ts), not in the content script: the adapter forwards to it (../insert-hook.ts).
 */
export type ReplyBoxImpl = Pick<SiteAdapter, 'findReplyBox' | 'insertReply'>;
