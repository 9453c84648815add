import { describe, expect, it } from 'vitest';
import { customerFromHeading } from './structural-heading-name';
import { htmlPage } from './testing/fixture-page';

const list = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://shop.example/').document.getElementById('log');
const unnamed = [{ author: {} }, { author: {} }];

describe('customerFromHeading: a chat pane headed by the other member', () => {
  it("takes the pane's heading above the messages when it reads as a handle or a name", () => {
    const subjectBelow =
      '<main><div class="head"><h1>retro_kamera_jan</h1></div><div>Andere Frage zum Artikel</div><div id="log"></div></main>';
    expect(customerFromHeading(list(subjectBelow), unnamed)).toEqual({ name: 'retro_kamera_jan' });
    expect(customerFromHeading(list('<main><h2>@leabernard92</h2><div id="log"></div></main>'), unnamed)).toEqual({ name: 'leabernard92' });
    expect(customerFromHeading(list('<main><h2>Léa Bernard</h2><div id="log"></div></main>'), unnamed)).toEqual({ name: 'Léa Bernard' });
  });

  it('takes the member a "Conversation with" heading names, in any language the readers know', () => {
    const withBadge =
      '<main><h2>Conversazione con <a href="/usr/nonna.pia">nonna.pia</a> <span>(58 ★)</span></h2><div id="log"></div></main>';
    expect(customerFromHeading(list(withBadge), unnamed)).toEqual({ name: 'nonna.pia' });
    expect(customerFromHeading(list('<main><h2>yuki_tanaka01とのメッセージ</h2><div id="log"></div></main>'), unnamed)).toEqual({
      name: 'yuki_tanaka01',
    });
    // The words alone, or followed by a sentence, name no one.
    expect(customerFromHeading(list('<main><h2>Chat with the team about your order</h2><div id="log"></div></main>'), unnamed)).toBeNull();
  });

  it('takes no subject, no heading below or inside the messages, no hidden one, and none when a message is signed', () => {
    expect(customerFromHeading(list('<main><h1>Where is my order?</h1><div id="log"></div></main>'), unnamed)).toBeNull();
    expect(customerFromHeading(list('<main><div id="log"><h3>Mira Klein</h3></div><h2>Mira Klein</h2></main>'), unnamed)).toBeNull();
    expect(customerFromHeading(list('<main><h2 hidden>Mira Klein</h2><div id="log"></div></main>'), unnamed)).toBeNull();
    expect(customerFromHeading(list('<main><h2>Mira Klein</h2><div id="log"></div></main>'), [{ author: { name: 'Ben' } }])).toBeNull();
    // The nearest pane with a heading above the messages decides: the app's heading further out is not asked.
    expect(customerFromHeading(list('<h1>Anna Weber</h1><main><h2>Order 5521</h2><div id="log"></div></main>'), unnamed)).toBeNull();
  });
});
