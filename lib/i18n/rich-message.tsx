/**
 * A message with elements inside it: `<RichMessage id="siteAccess.readsHost" values={{ host: <strong>{host}</strong> }} />`.
 * The translation decides where each element goes (word order differs by language); each element
 * is rendered as React renders it, so customer text inside stays text.
 */
import { Fragment, type ReactNode } from 'react';
import { useT } from './i18n-context';
import type { MessageKey } from './translator';

const MARK = '\u0000';

export function RichMessage({ id, values }: { id: MessageKey; values: Record<string, ReactNode | string | number> }) {
  const t = useT();
  const nodes: ReactNode[] = [];
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else {
      params[name] = `${MARK}${nodes.length}${MARK}`;
      nodes.push(value);
    }
  }
  const pieces = t(id, params).split(MARK);
  // Odd pieces are element indexes; even pieces are text between them.
  return (
    <>
      {pieces.map((piece, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one message never reorder; the index is their place
        <Fragment key={index}>{index % 2 === 1 ? nodes[Number(piece)] : piece}</Fragment>
      ))}
    </>
  );
}
