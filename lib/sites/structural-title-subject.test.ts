import { describe, expect, it } from 'vitest';
import { titleSubject } from '@/lib/sites/structural-title-subject';

describe("the subject in a page's title", () => {
  it("drops the site's name, the ticket number and a mailbox address", () => {
    expect(titleSubject('Paquete dañado – Ticket #5512 – Mesa de ayuda')).toBe('Paquete dañado');
    expect(titleSubject('Rücksendung | soporte@tienda.example | Mail')).toBe('Rücksendung');
    expect(titleSubject('[#77] Wrong size')).toBe('Wrong size');
  });

  it('drops a bare ticket number before the subject, and keeps a short number that is part of it', () => {
    expect(titleSubject('#20417 Falta una pieza del juego – Soporte')).toBe('Falta una pieza del juego');
    expect(titleSubject('#5531 – Lieferung beschädigt – Kundendienst')).toBe('Lieferung beschädigt');
    expect(titleSubject('#1 Fan-Tasse kam zerbrochen an – Kundendienst')).toBe('#1 Fan-Tasse kam zerbrochen an');
  });

  it("keeps every dash of a subject behind a mail app's name", () => {
    expect(titleSubject('Gmail - Order 12 - second try')).toBe('Order 12 - second try');
  });
});
