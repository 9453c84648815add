/**
 * Every site's reply box, handed by the page-extras script to the content script's extras
 * (lib/content-script/extras-hook.ts). A `Record` over every site id: a site without its reply box fails to compile.
 */
import type { SiteId } from '@/lib/schemas/ticket';
import { findGenericReplyBox, insertGenericReply } from '../generic-reply-box';
import { amazonSellerCentralReplyBox } from './amazon-seller-central';
import { ebayReplyBox } from './ebay';
import { etsyReplyBox } from './etsy';
import { freshdeskReplyBox } from './freshdesk';
import { gmailReplyBox } from './gmail';
import { gorgiasReplyBox } from './gorgias';
import { helpScoutReplyBox } from './help-scout';
import { outlookReplyBox } from './outlook';
import { zendeskReplyBox } from './zendesk';
import type { ReplyBoxImpl } from './types';

export const REPLY_BOXES: Record<SiteId, ReplyBoxImpl> = {
  gmail: gmailReplyBox,
  'amazon-seller-central': amazonSellerCentralReplyBox,
  zendesk: zendeskReplyBox,
  freshdesk: freshdeskReplyBox,
  'help-scout': helpScoutReplyBox,
  gorgias: gorgiasReplyBox,
  outlook: outlookReplyBox,
  ebay: ebayReplyBox,
  etsy: etsyReplyBox,
  // A page no adapter knows: the structural guess at its reply box.
  generic: { findReplyBox: findGenericReplyBox, insertReply: insertGenericReply },
};
