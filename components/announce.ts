/**
 * One polite live region per page (rendered by <Announcer/>), so a screen reader hears what changed
 * without moving focus: a new ticket, an insert, the order used in replies.
 */
export const ANNOUNCER_ID = 'deskpilot-announcer';

export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  // Clearing first makes the same message (a second insert) be read again.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
