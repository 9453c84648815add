/**
 * How a message block announces itself: by its role or tag (`semantic`), by a message-like class,
 * label or test id (`named`), or only by looking like its siblings (`repeated`).
 */
import { boundedAttribute as attribute } from './bounded-attribute';
import { unwrapped } from './bare-wrapper';
import { MESSAGE_CLASS_WORDS } from './generic-selectors';

export type BlockKind = 'semantic' | 'named' | 'repeated';

/** A block's own kind, or that of the one element it wraps (`<li><article>…</article></li>`). */
export function kindOf(element: Element): BlockKind {
  const own = ownKind(element);
  const only = element.childElementCount === 1 ? element.firstElementChild : null;
  return own === 'repeated' && only ? ownKind(unwrapped(only)) : own;
}

/** An element that names itself a message: by its role or tag, or by a class, label or test id of MESSAGE_CLASS_WORDS. */
export function announcesMessage(element: Element): boolean {
  return ownKind(element) !== 'repeated' || MESSAGE_CLASS_WORDS.test(attribute(element, 'data-testid'));
}

function ownKind(element: Element): BlockKind {
  const role = attribute(element, 'role');
  if (
    element.localName === 'article' ||
    role === 'article' ||
    role === 'listitem' ||
    /Comment|Message/.test(attribute(element, 'itemtype'))
  ) {
    return 'semantic';
  }
  return MESSAGE_CLASS_WORDS.test(attribute(element, 'class')) || MESSAGE_CLASS_WORDS.test(attribute(element, 'aria-label'))
    ? 'named'
    : 'repeated';
}
