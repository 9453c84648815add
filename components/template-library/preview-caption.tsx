import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { SAMPLE_ORDER_NUMBER, type PreviewContext } from './sample-context';

/** A customer's name and an order number are data: marked, so they read as such (and stay untranslated). */
const sample = (text: string) => <span className="preview-sample">{text}</span>;

/** What the editor's preview is filled with: the open ticket's customer and order, or the sample's. */
export function PreviewCaption({ context }: { context: PreviewContext | undefined }): ReactNode {
  const t = useT();
  if (!context)
    return <RichMessage id="editor.previewSample" values={{ customer: sample('Emma Schneider'), order: sample(SAMPLE_ORDER_NUMBER) }} />;
  const who = context.ticket.customer.name ?? context.ticket.customer.email;
  const customer = who ? sample(who) : t('editor.theCustomer');
  return context.order ? (
    <RichMessage id="editor.previewTicket" values={{ customer, order: sample(context.order.number) }} />
  ) : (
    <RichMessage id="editor.previewTicketNoOrder" values={{ customer }} />
  );
}
