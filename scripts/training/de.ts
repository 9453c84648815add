/** Hand-written German examples, a few per intent: enough to anchor the main vocabulary. */
import { labelled } from './labelled';

export const DE = [
  ...labelled('where_is_my_order', ['Wo ist meine Bestellung?', 'Meine Bestellung #3381 ist immer noch nicht angekommen.', 'Hallo, wann wird mein Paket geliefert? Die Sendungsverfolgung zeigt nichts an.']),
  ...labelled('shipping_question', ['Liefert ihr auch in die Schweiz?', 'Wie hoch sind die Versandkosten?', 'Bietet ihr Expressversand an?']),
  ...labelled('address_change', ['Ich möchte die Lieferadresse ändern.', 'Bitte ändern Sie die Adresse meiner Bestellung, ich bin umgezogen.', 'Falsche Hausnummer in der Lieferanschrift, kann man das korrigieren?']),
  ...labelled('cancel_order', ['Ich möchte meine Bestellung stornieren.', 'Bitte stornieren Sie Bestellung 44821.', 'Kann ich die Bestellung noch widerrufen, bevor sie verschickt wird?']),
  ...labelled('modify_order', ['Kann ich meine Bestellung noch ändern?', 'Ich möchte noch einen Artikel zur Bestellung hinzufügen.', 'Bitte die Größe in meiner Bestellung von M auf L ändern.']),
  ...labelled('return_request', ['Ich möchte den Artikel zurücksenden.', 'Wie funktioniert die Rücksendung? Ich brauche ein Retourenetikett.', 'Die Schuhe passen nicht, ich will sie zurückschicken.']),
  ...labelled('exchange', ['Kann ich die Jacke gegen eine größere Größe umtauschen?', 'Ich möchte das Hemd in einer anderen Farbe umtauschen.', 'Umtausch möglich? Größe 40 statt 38 bitte.']),
  ...labelled('refund', ['Wann bekomme ich mein Geld zurück?', 'Ich warte noch auf die Rückerstattung.', 'Bitte erstatten Sie mir den Betrag für die stornierte Bestellung.']),
  ...labelled('damaged_item', ['Der Artikel ist beschädigt angekommen.', 'Die Tasse war kaputt, als ich das Paket geöffnet habe.', 'Das Gerät funktioniert nicht, es ist defekt.']),
  ...labelled('wrong_item', ['Ich habe den falschen Artikel erhalten.', 'Sie haben mir die falsche Größe geschickt.', 'Das ist nicht das, was ich bestellt habe.']),
  ...labelled('missing_item', ['Ein Artikel fehlt in meiner Lieferung.', 'Im Paket war nur eine Hose, bestellt hatte ich zwei.', 'Das Ladekabel fehlt im Karton.']),
  ...labelled('product_question', ['Ist die Jacke wasserdicht?', 'Aus welchem Material ist das Sofa?', 'Ist der Artikel wieder lieferbar?']),
  ...labelled('pre_sale_question', ['Kann ich mit PayPal bezahlen?', 'Welche Zahlungsarten akzeptieren Sie?', 'Wie kann ich eine Bestellung aufgeben?']),
  ...labelled('payment_issue', ['Mir wurde doppelt abgebucht.', 'Die Zahlung ist fehlgeschlagen, aber das Geld ist weg.', 'Meine Kreditkarte wird beim Bezahlen abgelehnt.']),
  ...labelled('invoice', ['Können Sie mir bitte eine Rechnung schicken?', 'Ich brauche eine Rechnung mit ausgewiesener Mehrwertsteuer.', 'Wo finde ich die Rechnung zu meiner Bestellung?']),
  ...labelled('discount_request', ['Mein Gutscheincode funktioniert nicht.', 'Gibt es einen Rabatt für Studenten?', 'Ich habe vergessen, den Rabattcode einzugeben.']),
  ...labelled('complaint', ['Ich bin sehr unzufrieden mit Ihrem Service.', 'Ich möchte mich über den Kundenservice beschweren.', 'Das ist eine Frechheit, niemand antwortet auf meine E-Mails.']),
  ...labelled('feedback', ['Tolles Produkt, vielen Dank!', 'Ich möchte eine Bewertung abgeben.', 'Ein Vorschlag: bietet doch mehr Farben an.']),
  ...labelled('contact_request', ['Wie kann ich Sie telefonisch erreichen?', 'Ich möchte mit einem Mitarbeiter sprechen.', 'Bitte rufen Sie mich zurück.']),
  ...labelled('account', ['Ich habe mein Passwort vergessen.', 'Bitte löschen Sie mein Kundenkonto.', 'Ich kann mich nicht in mein Konto einloggen.']),
  ...labelled('other', ['Danke, das war alles.', 'Ich bin bis Montag nicht im Büro.', 'Wir sind eine Agentur und bieten Ihnen Marketing an.']),
];
