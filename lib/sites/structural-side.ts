/**
 * The side a chat-style layout puts a message on, from the page's own markup only: inline styles
 * (`justify-content: flex-end`, `margin-left: auto`, `text-align: right`, …), `align` attributes,
 * utility classes (`justify-end`, `ml-auto`, `text-right`, `wt-justify-content-flex-end`) and the
 * page's own style rules for its classes (./structural-sheet-side.ts). Never a style computation, so
 * no forced layout. A right-to-left page swaps the sides.
 */
import { sheetSide } from '@/lib/sites/structural-sheet-side';

export type Side = 'start' | 'end' | null;

const END_STYLE =
  /(?:justify-content|align-self|align-items)\s*:\s*(?:flex-)?end|margin-(?:left|inline-start)\s*:\s*auto|text-align\s*:\s*(?:right|end)|float\s*:\s*right|flex-direction\s*:\s*row-reverse/i;
const START_STYLE =
  /(?:justify-content|align-self|align-items)\s*:\s*(?:flex-)?start|margin-(?:right|inline-end)\s*:\s*auto|text-align\s*:\s*(?:left|start)|float\s*:\s*left/i;
const END_CLASS =
  /(?:^|\s)(?:[\w-]*justify-(?:content-)?(?:flex-)?end|[\w-]*self-(?:flex-)?end|ml-auto|ms-auto|text-right|text-end|float-right|pull-right|[\w-]*(?:--|__|-)(?:right|end|self|mine|own|outgoing|sent))(?:\s|$)/i;
const START_CLASS =
  /(?:^|\s)(?:[\w-]*justify-(?:content-)?(?:flex-)?start|[\w-]*self-(?:flex-)?start|mr-auto|me-auto|text-left|text-start|float-left|pull-left|[\w-]*(?:--|__|-)(?:left|start|other|incoming|received))(?:\s|$)/i;
/** The block, the element it wraps and the one that wraps: where a bubble's alignment is declared. */
const LEVELS = 3;

export function sideOf(block: Element): Side {
  let element: Element | null = block;
  for (let level = 0; element && level < LEVELS; level++, element = element.firstElementChild) {
    const side = declaredSide(element);
    if (side) return block.closest('[dir="rtl"]') ? (side === 'end' ? 'start' : 'end') : side;
  }
  return null;
}

function declaredSide(element: Element): Side {
  if (!element.hasAttributes()) return null;
  const style = (element.getAttribute('style') ?? '').slice(0, 300);
  const align = (element.getAttribute('align') ?? '').toLowerCase();
  const classes = (element.getAttribute('class') ?? '').slice(0, 300);
  if (END_STYLE.test(style) || align === 'right' || END_CLASS.test(classes)) return 'end';
  if (START_STYLE.test(style) || align === 'left' || START_CLASS.test(classes)) return 'start';
  return sheetSide(element, END_STYLE, START_STYLE);
}
