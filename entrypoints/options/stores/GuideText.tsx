import { guidePieces } from './platform-guides';

/** A guide line or hint with its backticked parts (scopes, key prefixes, another site's menus) shown as code. */
export function GuideText({ text }: { text: string }) {
  return (
    <>
      {guidePieces(text).map((piece, index) =>
        piece.code ? <code key={index}>{piece.text}</code> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}
