/**
 * The fields of one message block as the page shows them (./read-message.ts): its body's text without
 * the profile's ignored parts, the sender line's name and address, and the time an element states.
 */
import { emailAddress, emailOf } from '../people';
import { readableText } from '../text';
import { singleLine } from '../single-line';
import { isoTime } from '../time';
import { queryAll } from './safe-query';
import { wholeName } from '../whole-name';

const ADDRESS_IN_TEXT = /<([^<>\s]+@[^<>\s]+)>/;
const EMAIL_ATTRIBUTES = ['email', 'data-email', 'title', 'href'];
const TIME_ATTRIBUTES = ['datetime', 'title', 'aria-label'];

export function bodyText(body: Element, ignore: string | undefined): string {
  if (!ignore || queryAll(body, ignore).length === 0) return readableText(body);
  const copy = body.cloneNode(true) as Element;
  for (const part of queryAll(copy, ignore)) part.remove();
  return readableText(copy);
}

/** A sender line's name: "From: Ana Silva <ana@example.com>" names Ana Silva; "Ana Sil…" the whole name an attribute keeps. */
export function nameIn(element: Element | null): string {
  const name = textOf(element)
    .replace(ADDRESS_IN_TEXT, '')
    .replace(/^From:\s*/i, '')
    .trim();
  return wholeName(name, element);
}

/** An element's text; an icon-only element's `aria-label`. */
export function textOf(element: Element | null): string {
  if (!element) return '';
  return singleLine(element.textContent) || singleLine(element.getAttribute('aria-label'));
}

export function emailIn(element: Element | null): string | undefined {
  if (!element) return undefined;
  for (const attribute of EMAIL_ATTRIBUTES) {
    const found = emailAddress(element.getAttribute(attribute)?.replace(/^mailto:/i, ''));
    if (found) return found;
  }
  return emailOf(element) ?? emailAddress(/[^\s<>()"]+@[^\s<>()"]+\.[a-z]{2,}/i.exec(element.textContent ?? '')?.[0]);
}

export function timeOf(element: Element): string | undefined {
  for (const attribute of TIME_ATTRIBUTES) {
    const time = isoTime(element.getAttribute(attribute));
    if (time) return time;
  }
  return isoTime(element.textContent);
}
