import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { handleOwnerName } from '@/lib/sites/structural-handle-owner';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

const doc = (body: string) => htmlPage(`<!doctype html><html lang="es"><body>${body}</body></html>`, 'https://desk.example/t/7').document;

describe("a social handle's owner named by a profile card", () => {
  it('takes the line right above the "@handle" line (an X card, a wrapped line)', () => {
    const card = doc('<div class="perfil"><p>Marta Ruiz Ibáñez</p><p><span>@marta_ruiz_bcn</span></p><p>Seguidores: 312</p></div>');
    expect(handleOwnerName(card, 'marta_ruiz_bcn')).toBe('Marta Ruiz Ibáñez');
  });

  it("takes the card's name beside the handle when another line sits between (a TikTok card)", () => {
    const card = doc(
      '<section class="contacto"><strong class="display">Kofi Mensah</strong><img alt="" src="data:,"><span>Cliente desde 2025</span><span>@kofi.mensah · TikTok</span></section>',
    );
    expect(handleOwnerName(card, 'kofi.mensah')).toBe('Kofi Mensah');
  });

  it('does not take a channel, a count, a longer handle or an @mention inside the conversation', () => {
    expect(handleOwnerName(doc('<div><p>TikTok</p><p>@kofi.mensah</p></div>'), 'kofi.mensah')).toBeUndefined();
    expect(handleOwnerName(doc('<div><p>1.204 seguidores</p><p>@kofi.mensah</p></div>'), 'kofi.mensah')).toBeUndefined();
    expect(handleOwnerName(doc('<div><p>Ama Owusu</p><p>@kofi.mensah_shop</p></div>'), 'kofi.mensah')).toBeUndefined();
    const mention = doc('<main id="hilo"><p>Ama Owusu</p><p>@kofi.mensah mira esto</p></main>');
    expect(handleOwnerName(mention, 'kofi.mensah', mention.getElementById('hilo'))).toBeUndefined();
  });
});

describe('the structural reader names a customer known by a handle', () => {
  it('by the profile card beside the conversation', () => {
    const bubble = (side: string, who: string, text: string) =>
      `<div class="burbuja burbuja--${side}"><span class="burbuja__autor">${who}</span><time datetime="2026-12-06T10:00:00Z">10:00</time><p>${text}</p></div>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="es"><body><main><h1>Mensaje directo</h1><div class="hilo">${
        bubble('entrante', 'marta_ruiz_bcn', '¿Tenéis la chaqueta verde en talla S?') +
        bubble('saliente', 'Tienda Olivo', 'Sí, queda una. ¿Te la reservo?') +
        bubble('entrante', 'marta_ruiz_bcn', 'Sí por favor, paso mañana a recogerla.')
      }</div></main><aside><div class="perfil"><h4>Marta Ruiz</h4><div>@marta_ruiz_bcn · X</div></div></aside></body></html>`,
      'https://desk.example/t/7',
    );
    expect(readStructurally(document, url, { site: 'generic' })?.customer.name).toBe('Marta Ruiz');
  });
});
