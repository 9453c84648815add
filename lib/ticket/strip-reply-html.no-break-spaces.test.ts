import { describe, expect, it } from 'vitest';
import { stripReply } from '@/lib/ticket/strip-reply';

/** Our own HTML mail whose markers a client wrote with no-break spaces (the mutation eval's 'non-breaking spaces' row). */
describe('stripReply (HTML): markers written with &nbsp;', () => {
  it('keeps a forward whose marker has no-break spaces', () => {
    const html =
      '<div dir="ltr">Mira la factura, el importe no cuadra.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">----------&nbsp;Forwarded&nbsp;message&nbsp;---------<br>De: Tienda Sol &lt;<a href="mailto:f@sol.test">f@sol.test</a>&gt;<br>Date: vie, 4 dic 2026<br>Subject: Factura 77<br></div><br><div>Importe: 80,00 EUR</div></div></div>';
    expect(stripReply(html)).toContain('Importe: 80,00 EUR');
  });

  it("leaves a phone's footer with no-break spaces to the text rules, which cut the closing above it too", () => {
    const html =
      '<html><body><div dir="ltr">Hola,</div><div dir="ltr">la silla llegó rota.</div><div dir="ltr"><br></div><div dir="ltr">Saludos,&nbsp;Marta</div><div id="ymail_android_signature"><a href="https://mail.example/x">Enviado&nbsp;desde&nbsp;Yahoo&nbsp;Mail&nbsp;para&nbsp;Android</a></div></body></html>';
    expect(stripReply(html)).toBe('Hola,\nla silla llegó rota.');
  });
});
