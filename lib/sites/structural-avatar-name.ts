/**
 * The sender of a chat bubble named only by its avatar: marketplaces and chat widgets show a
 * picture beside each message and name the person in its `alt` text (the accessible name), with
 * no sender line. An avatar at the edge of the block (a child or grandchild) counts; an image in
 * the message itself (a product photo) sits deeper and does not. Alt texts that say what the
 * image is rather than whose it is ("avatar", "profile picture"), or that read as a thing's name
 * (a product photo's "Plaid en laine – Gris"), are no name.
 */
import { namesSomeone } from './structural-title-name';

/** An avatar sits at the block's edge: a child, or a child of its first or last child. */
const AVATAR = ':scope > img[alt], :scope > * > img[alt]';
/** Alt texts that describe an image, not a person (en, de, fr, es, pt, it, nl). */
const NOT_A_NAME =
  /^(?:avatar|profile|profile (?:picture|photo|image)|user|photo|picture|image|icon|logo|profilbild|bild|photo de profil|foto de perfil|immagine del profilo|profielfoto)$/i;

/** The name an avatar at the block's edge gives, or undefined. */
export function avatarName(block: Element): string | undefined {
  const avatars = block.querySelectorAll(AVATAR);
  for (let index = 0; index < avatars.length && index < 3; index++) {
    const alt = (avatars[index]!.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    if (namesSomeone(alt) && !NOT_A_NAME.test(alt)) return alt;
  }
  return undefined;
}
