import { describe, expect, it } from 'vitest';
import { isDeliveryReport } from './structural-delivery-report';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

describe('a delivery-failure report filed into a conversation', () => {
  it('is known by the mail system as its sender, whatever the language of the report', () => {
    expect(isDeliveryReport({ name: 'Microsoft Outlook', email: 'postmaster@mail.example' })).toBe(true);
    expect(isDeliveryReport({ name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.example' })).toBe(true);
    expect(isDeliveryReport({ name: 'Mail Delivery System' })).toBe(true);
    expect(isDeliveryReport({ name: 'Posta Hanımı', email: 'posta@kilim.example' })).toBe(false);
    expect(isDeliveryReport({})).toBe(false);
  });

  const mail = (sender: string, text: string) =>
    `<div class="mail"><div class="mail__from">${sender}</div><div class="mail__body">${text}</div></div>`;
  const read = () => {
    const { document, url } = htmlPage(
      `<!doctype html><html lang="de"><head><title>Rückgabe Vase – Webmail</title></head><body>
       <header><a aria-label="Signed in as Kvitka Ceramics (orders@kvitka.example)">K</a></header>
       <main><h1>Rückgabe Vase</h1><div class="mails">${
         mail('Jonas Weber &lt;jonas@example.de&gt;', 'Wann kommt mein Geld für die Vase zurück?') +
         mail('Kvitka Ceramics &lt;orders@kvitka.example&gt;', 'Die Erstattung ist heute veranlasst worden.') +
         mail('Mail Delivery System &lt;MAILER-DAEMON@relay.example&gt;', 'Unzustellbar: Postfach des Empfängers ist voll.') +
         mail('Jonas Weber &lt;jonas@example.de&gt;', 'Ich habe noch immer keine Antwort von Ihnen.')
       }</div></main></body></html>`,
      'https://webmail.example/m/5',
    );
    return readStructurally(document, url, { site: 'generic' });
  };

  it("is the system's, neither the customer's nor ours, and stays in the thread for the agent to see", () => {
    const thread = read()!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'system', 'customer']);
    expect(thread.customer).toEqual({ name: 'Jonas Weber', email: 'jonas@example.de' });
  });
});
