/**
 * A photo a chat shows as a thumbnail linking to the full picture (`<a href="…/strap_front.jpg"><img
 * alt="Image attachment">`, an Etsy-like pane 2026-12-07): the page names the file only in the link, so
 * the link's last path part is the attachment's name, as a file chip's text would be.
 */
const IMAGE_FILE = /^[^\s/\\]{1,120}\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i;

export function linkedImageName(image: Element): string {
  const href = image.closest('a[href]')?.getAttribute('href') ?? '';
  let path: string;
  try {
    path = new URL(href, 'https://page.invalid/').pathname;
  } catch {
    return '';
  }
  const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  return IMAGE_FILE.test(last) ? last : '';
}
