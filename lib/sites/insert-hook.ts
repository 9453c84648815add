/**
 * Reply insertion as the content scripts carry it: forwarders to the real inserters (./insert.ts,
 * ./insert-rich.ts, ./generic-reply-box.ts), which arrive with the page-extras script that the
 * panel and the keyboard shortcut inject before they ask for an insert (lib/page-extras.ts).
 * Inserting runs only when the agent asks, never on a page load, so its code stays out of the
 * 30 KB content-script budget (issue 10): 0.4–1.1 KB gzip-9 less per script (2026-12-06).
 * Before the extras are injected nothing is inserted (false) and no reply box is found (null).
 */
import { isolatedHook } from '@/lib/content-script/isolated-hook';
import type { insertIntoEditable as editable, insertIntoField as field, insertIntoReplyBox as replyBox } from './insert';
import type { insertIntoRichEditor as rich } from './insert-rich';
import type { findGenericReplyBox as genericBox, insertGenericReply as generic } from './generic-reply-box';

export interface ReplyInserters {
  replyBox: typeof replyBox;
  field: typeof field;
  editable: typeof editable;
  rich: typeof rich;
  /** The generic adapter's: the reply box of a page no adapter knows (./generic-reply-box.ts). */
  genericBox: typeof genericBox;
  generic: typeof generic;
}

const hook = isolatedHook<() => ReplyInserters>('reply-inserters');

/** Called by the page-extras script (entrypoints/page-extras.ts); `undefined` removes them (tests). */
export const installReplyInserters = hook.install;

const inserters = (): ReplyInserters | undefined => hook.installed()?.();

export const insertIntoReplyBox: typeof replyBox = async (doc, text, parts) => (await inserters()?.replyBox(doc, text, parts)) ?? false;

export const insertIntoField: typeof field = (element, text) => inserters()?.field(element, text) ?? false;

export const insertIntoEditable: typeof editable = (element, text) => inserters()?.editable(element, text) ?? false;

export const insertIntoRichEditor: typeof rich = async (element, text) => (await inserters()?.rich(element, text)) ?? false;

export const findGenericReplyBox: typeof genericBox = (doc) => inserters()?.genericBox(doc) ?? null;

export const insertGenericReply: typeof generic = async (doc, text) => (await inserters()?.generic(doc, text)) ?? false;
