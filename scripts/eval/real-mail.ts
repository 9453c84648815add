/**
 * Rows for the real-style mail sets (tests/fixtures/intent/real-mail-*.jsonl) with the shipped
 * model: per language and per intent, top-1 and every-request recall. The dev set guided the
 * training data and thresholds (dev 3 was written for the third pass and tuned on the same way); the held-out set, written in another voice, was never tuned on;
 * held-out 2 was written and committed before issue 15 changed the model, and never tuned on;
 * held-out 3, in yet another voice, was committed and measured once before the second model pass;
 * held-out 4, 5, 6, 7, 8, 9 and 10 were written by evaluators who never saw the training data, committed before any measurement;
 * held-out 7 is tuned on from session 8 (its first run after the sixth pass: top-1 86.7 %, recall 88.5 %);
 * held-out 8 and 9 from session 9, held-out 10 from session 10 (its first run on main 8f47ac1: 75.8 %, 76.1 %);
 * held-out 11 was written by an eighth evaluator who never saw the classifier or its data, committed before its first run (main 73024b7: 59.2 %, 57.1 %), tuned on from session 11;
 * held-out 12 was written by a ninth evaluator who never saw the classifier or its data, committed before its first run (on main 7e6aac1), tuned on from session 12;
 * held-out 13 was written by a tenth evaluator who never saw the classifier or its data, committed before its first run (on main 91a3706: 62.5 %, 72.5 %), tuned on from session 13;
 * held-out 14 was written by an eleventh evaluator who never saw the classifier or its data, committed before its first run (on main 119a918: 55.8 %, 63.6 %), tuned on from session 14;
 * held-out 15 was written by a twelfth evaluator who never saw the classifier or its data, committed before its first run (on main 255245f: 56.7 %, 69.5 %), tuned on from session 15;
 * held-out 16 was written by a thirteenth evaluator who never saw the classifier or its data, committed before its first run (on main 75699e1: 60.0 %, 61.4 %), tuned on from session 16;
 * held-out 17 was written by a fourteenth evaluator who never saw the classifier or its data, committed before its first run (on main a1769fb: 57.5 %, 67.6 %), tuned on from session 17;
 * held-out 18 was written by a fifteenth evaluator who never saw the classifier or its data, committed before its first run (on main 7917829: 71.7 %, 73.8 %), tuned on from session 18;
 * held-out 19 was written by a sixteenth evaluator who never saw the classifier or its data, committed before its first run (on main 8dc6f36: 68.3 %, 70.1 %), tuned on from session 19;
 * held-out 20 was written by a seventeenth evaluator who never saw the classifier or its data, committed before its first run (on main 4fa8a9c: 72.5 %, 76.6 %), tuned on from session 20;
 * held-out 21 was written by an eighteenth evaluator who never saw the classifier or its data, committed before its first run (on main 678de2f: 66.7 %, 74.3 %), tuned on from session 21;
 * held-out 22 was written by a nineteenth evaluator who never saw the classifier or its data, committed before its first run (on main aafb559: 68.3 %, 73.1 %), tuned on from session 22 (p27);
 * held-out 23 was written by a twentieth evaluator who never saw the classifier or its data, committed before its first run (on main 153c1397: 68.3 %, 69.1 %), tuned on from session 23 (p29);
 * dev 5 was written and measured once before the fifth pass, then tuned on; dev 6 likewise for the sixth, dev 7 for the seventh (session 23).
 */
import { readFileSync } from 'node:fs';
import { classifyWith } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { emptyTally, tallyMessage, type RequestTally } from '@/lib/suggest/request-metrics';
import { parseRequestSet } from '@/lib/suggest/request-set';

export const REAL_MAIL_SETS = {
  'real-style dev (tuned on)': 'tests/fixtures/intent/real-mail-dev.jsonl',
  'real-style dev 2 (tuned on)': 'tests/fixtures/intent/real-mail-dev-2.jsonl',
  'real-style dev 3 (written for the third pass, tuned on)': 'tests/fixtures/intent/real-mail-dev-3.jsonl',
  'real-style dev 4 (98 mails weighted to ja and ko, written for the fourth pass, tuned on)': 'tests/fixtures/intent/real-mail-dev-4.jsonl',
  'real-style dev 5 (93 mails weighted to de, ko, fr, en, written for the fifth pass, tuned on)':
    'tests/fixtures/intent/real-mail-dev-5.jsonl',
  'real-style dev 6 (92 mails weighted to fr, es, de and to several requests, written for the sixth pass, tuned on after its first run)':
    'tests/fixtures/intent/real-mail-dev-6.jsonl',
  'real-style dev 7 (111 mails weighted to en and ko, then ja and de, 43 with two or three requests: feedback and suggestions, casual size and colour swaps, compatibility and fit before buying, vents, instalments, gifts, subscriptions; written for the seventh pass, committed before any run; tuned on after its first run, 68.5/73.6 on main 153c1397)':
    'tests/fixtures/intent/real-mail-dev-7.jsonl',
  'real-style held-out (never tuned on)': 'tests/fixtures/intent/real-mail-heldout.jsonl',
  'real-style held-out 2 (written before the model work of issue 15, never tuned on)': 'tests/fixtures/intent/real-mail-heldout-2.jsonl',
  'real-style held-out 3 (written and first measured before the second model pass of issue 15, never tuned on)':
    'tests/fixtures/intent/real-mail-heldout-3.jsonl',
  'real-style held-out 4 (written by the evaluator, first measured on main at ab1a89b, never tuned on)':
    'tests/fixtures/intent/real-mail-heldout-4.jsonl',
  'real-style held-out 5 (written by another evaluator, first measured on main at 3835217, never tuned on)':
    'tests/fixtures/intent/real-mail-heldout-5.jsonl',
  'real-style held-out 6 (written by a third evaluator, first measured on main at f8d8faa, never tuned on)':
    'tests/fixtures/intent/real-mail-heldout-6.jsonl',
  'real-style held-out 7 (written by a fourth evaluator; tuned on from session 8, first run 86.7/88.5)':
    'tests/fixtures/intent/real-mail-heldout-7.jsonl',
  'real-style held-out 8 (written by a fifth evaluator; tuned on from session 9, first run 95.0/86.0)':
    'tests/fixtures/intent/real-mail-heldout-8.jsonl',
  'real-style held-out 9 (written by a sixth evaluator, harder: the ask late, implied or indirect; tuned on from session 9, first run 74.2/73.9, after p8 73.3/72.8)':
    'tests/fixtures/intent/real-mail-heldout-9.jsonl',
  'real-style held-out 10 (written by a seventh evaluator, as hard as held-out 9; tuned on from session 10, first run 75.8/76.1)':
    'tests/fixtures/intent/real-mail-heldout-10.jsonl',
  'real-style held-out 11 (written by an eighth evaluator: B2B, gifts, subscriptions, customs, warranty, accessibility; tuned on from session 11, first run 59.2/57.1)':
    'tests/fixtures/intent/real-mail-heldout-11.jsonl',
  'real-style held-out 12 (written by a ninth evaluator: thread follow-ups, marketplace wrappers, dictation, proxies, misaddressed, sarcasm; tuned on from session 12, first run 70.0/76.4)':
    'tests/fixtures/intent/real-mail-heldout-12.jsonl',
  'real-style held-out 13 (written by a tenth evaluator: forwarded carrier and payment notices, screenshots, machine-translated English, asks as guesses or conditions, several orders, newsletter replies, policy quoted back, legalese; tuned on from session 13, first run 62.5/72.5)':
    'tests/fixtures/intent/real-mail-heldout-13.jsonl',
  "real-style held-out 14 (written by an eleventh evaluator: survey replies with a new problem, resellers for their customer, delivery-driver complaints, asks in a P.S., comparing two products, a child's wrong size, price drops, bullet lists, unpunctuated dictation, VAT invoices, someone else's parcel, gifts damaged told by the recipient, forgotten subscriptions, loyalty points, ALL CAPS, hedged Japanese and Korean; tuned on from session 14, first run 55.8/63.6)":
    'tests/fixtures/intent/real-mail-heldout-14.jsonl',
  'real-style held-out 15 (written by a twelfth evaluator: replies to our delay notice, customers who already acted (a PayPal case, a return sent unasked), asks put as policy questions, disability-related delivery needs, assistants forwarding an internal chain, unsubscribe plus an order problem, packaging waste, partial-refund haggling, "ignore my last email", works but not as advertised, duplicate orders, colour unlike the photos, a replacement also faulty, split or combined shipments, keigo, 하십시오체, Swiss and Québec spelling, voseo; tuned on from session 15, first run 56.7/69.5)':
    'tests/fixtures/intent/real-mail-heldout-15.jsonl',
  'real-style held-out 16 (written by a thirteenth evaluator: a parcel "left with a neighbour" nobody has, a child\'s order, a dead relative\'s account, a crushed box with the item unharmed, holding a parcel at the depot, allergens, a website a screen reader cannot use, cancelling one item, gift receipts, late pre-orders, price match, GDPR, an order never placed, a missing manual, recalls, spare parts, bank transfers under another name, eBay and Amazon wrappers, non-native English, Québec French, voseo; tuned on from session 16, first run 60.0/61.4)':
    'tests/fixtures/intent/real-mail-heldout-16.jsonl',
  'real-style held-out 17 (written by a fourteenth evaluator: a subscription delivery skipped, a size chart that is wrong, a smell or a stain, customs holds for weeks, a parcel locker that will not open, the wrong company on an invoice, a promo code applied twice, split shipments, a review left by mistake, payment asked outside the platform, instructions to download, gift card balances, repair instead of refund, collecting from a store, shipping abroad before buying, keeping a wrong colour for a discount, a partial refund short, relatives writing, a school raffle, Amazon, eBay, Wallapop, Rakuten, Coupang and Naver wrappers; tuned on from session 17, first run 57.5/67.6)':
    'tests/fixtures/intent/real-mail-heldout-17.jsonl',
  "real-style held-out 18 (written by a fifteenth evaluator, each language on its own situations: a pre-order date slipped, a priced invoice in a gift, a bundle or a set short of a piece, a duplicate charge after a crashed checkout, a tracking number that is someone else's, an engraving typo, a return label that will not print, VAT invoices after the fact, wholesale and wedding quantities, a courier photo of another door, a misaddressed gym cancellation, an empty advent calendar, a wrong VAT rate on books, express postage paid for a slow parcel, a welcome code never sent, a charge in another currency, a refund paid as store credit, a pending KakaoPay order, 代引き refunds, a surname change, eBay, Amazon, Naver and Rakuten wrappers, Québec French, voseo; tuned on from session 18, first run 71.7/73.8 on main 7917829)":
    'tests/fixtures/intent/real-mail-heldout-18.jsonl',
  'real-style held-out 19 (written by a sixteenth evaluator, each language on its own situations: counterfeit doubts, a swollen battery, a parcel returned to sender, an account locked after a reset, a pet that refuses its food, an e-gift card never received, a venue that takes deliveries one morning, editing a review, pay-later instalments after a return, BFPO, a recall letter, a dye lot that does not match, two-factor login on a new phone, an island surcharge, a debt collector after a wrong direct debit, a closed relay point, referral vouchers, made-to-order delays, a gift card in a store, expired coupons, membership tiers, NP後払い, eBay, Amazon, Naver and Rakuten wrappers, Québec French, voseo; tuned on from session 19, first run 68.3/70.1 on main 8dc6f36)':
    'tests/fixtures/intent/real-mail-heldout-19.jsonl',
  "real-style held-out 20 (written by a seventeenth evaluator, each language on its own situations: a size swap across two orders, weeks in customs, a code that did not apply, net-30 terms, a misprinted gift message, an order stuck in processing, pushy sales mails, a wrong plug, a split delivery of three parcels, an expired product, a manual in the wrong language, GDPR erasure, a full Packstation, a lost return QR code, a jumper ruined by washing to the label, a pending charge after a cancel, an order on another country's store, a missing certificate of authenticity, a declined payment that was debited, a smell, a card surcharge, a live-stream price, a personal customs code, another customer's label in the box, an invoice under Japan's invoice system, eBay, Amazon and Rakuten wrappers, Québec French, voseo; tuned on from session 20, first run 72.5/76.6 on main 4fa8a9c)":
    'tests/fixtures/intent/real-mail-heldout-20.jsonl',
  "real-style held-out 21 (written by an eighteenth evaluator, each language on its own situations: an order held for a fraud check, a parcel signed for by a stranger, a fan louder than listed, a free gift from an ad, boots for a trip arriving after it, a refund to someone else's card, a repair instead of a replacement, assembly and setup questions, a parcel left in the rain, a charity's VAT relief, a bulk order for an event, a large-print invoice, a pre-order cancelled by the shop, a discount promised by phone, a return two days late, a move for all future deliveries, a split payment, a subscription charged to an expired card, a parcel opened by customs, a freight appointment, a dunning fee, a site delivery by GPS, a town hall's mandat administratif, a porter's lodge, a mattress trial, a military base, a KakaoTalk gift, dawn delivery, a time-sale by seconds, a plain box, a split receipt, snow delays, eBay, Amazon, Fnac, Naver and Rakuten wrappers, Québec French, voseo; tuned on from session 21, first run 66.7/74.3 on main 678de2f)":
    'tests/fixtures/intent/real-mail-heldout-21.jsonl',
  "real-style held-out 22 (written by a nineteenth evaluator, each language on its own situations: a parcel left on a wheelie bin on bin day, a print sent without its frame, a wedding list's duplicate toasters, a student hall's post room closing, proof of purchase for a burglary claim, trade pricing, a live-chat agent who closed the chat, a premium delivery left on the pavement, a backorder charged before dispatch, cashmere sourcing, a roof box for a car, decaf in a coffee plan, a christening spoon missing, an undisclosed lens haze, TWINT, a cot's safety standard, a 404 invoice link, a postcode typo, a price rise for a long-time customer, a paid hotline queue, an ex's saved address, pay-on-invoice refused, a tag cut off, no flyers in a gift, taking the old fridge away, a bpost strike, an Etsy ring resized, a steam cleaner on oiled oak, a fourth floor without a lift, a cracked aquarium, an e-bike without its charger, a bank's fraud block, a large-family card, a shop assistant's remark, sale items returned, callbacks at lunchtime, a stolen saved card, Bizum, a flamenca dress, a sunscreen in pregnancy, Andorra and cash on delivery, a 3 a.m. purchase, a gaming chair's gas lift, a novel in Catalan, sofa legs missing, Factura C, a pensioner discount, a reused adult-shop box, an app redesign, an accidental buy-again, Andreani pick-up, mushy peaches, book receipts for a tax deduction, a review hidden by the shop, after-hours contact, a login tied to a closed number, an engraving dropped, a subscription charged early, a veteran discount, a tracking number not found, a cracked donabe, a noshi inscription, a receipt's item line, a lucky bag, a yukata's pattern, a name mug for another child, an osechi dish missing, PayPay, a shareholder voucher, a listing's false origin, hypochlorous water in a humidifier, Hokkaido frozen delivery, Zalando, eBay, Amazon, Etsy, Cdiscount, Mercado Libre, Naver, Rakuten and Yahoo! Shopping wrappers, Swiss German, Belgian French, Rioplatense Spanish, Kansai-ben, Korean honorific and casual; tuned on from session 22 (first run 68.3/73.1 on main aafb559, the same on p27's branch before its rules); per language top-1/recall en 55.0/85.3, de 80.0/70.0, fr 75.0/71.4, es 75.0/75.0, ko 55.0/75.9, ja 70.0/57.7)":
    'tests/fixtures/intent/real-mail-heldout-22.jsonl',
  "real-style held-out 23 (written by a twentieth evaluator, eval20b, each language on its own situations: a parcel out for delivery four days running, a blazer a size too big before term, a year of invoices for an accountant, a dog walker, a warped record on eBay, a regular denied the new-customer code, a veg box ended by a move abroad, a wine case one bottle short, express postage charged for standard, a 3 m rug to send back, an 84-year-old asking for a phone call, a rude Instagram reply, Saturday delivery, a work address left behind, boots on Zalando losing a heel, Swiss customs and PostFinance, ground coffee for beans, a DHL label never scanned, a double tap on buy, a kitchen planner's call back, prepayment for a cancelled lamp, five auto-replies and a closed ticket, a mower's batteries, a birthday voucher, a driving lesson, a Packstation number, a ceiling fan's remote, 198 euros for 98, a gift bag without a receipt, a Christmas tree without its stand, a UK game on Fnac, interest-free instalments, a mattress on wide slats, a new phone number, a called-off wedding, cash click-and-collect, an agent who hung up, a receipt acquittée for a health insurer, a childminder, a Mondial Relay shop with nothing, a subscribers' code forwarded, a stand mixer's bowl, one cushion of three, two orders in one parcel, 1 euro card checks, Luxembourg and Payconiq, made-to-measure curtains, a mate without its bombilla on Mercado Libre, beer with alcohol for a pregnant wife, a failed delivery at a right address, a red moka pot, a skillet in the oven, recently viewed items, a TV charged interest, a cancelled ceramics workshop, a courier asking for a tip, a football shirt at a Palermo branch, a plumber's NIF invoice, a hairdresser, a suitcase wheel, the Christmas return window, a beach house for the holidays, store pick-up, an animal shelter's discount, shipping insurance pre-ticked, Montevideo, WhatsApp, a Coupang shampoo mix-up, a delivery marked done without a photo, an English receipt, a MacBook sleeve, a humidifier filter, Kakao to Naver login, a water subscription, a bank-transfer refund account, a seller pressing to delete a review, a padded coat's colour, a late birthday gift, an estate agent, leaking kimchi, a dress sent back on a whim, a move, three tumblers, a meal kit without its sauce, a Naver Pay charge with no order, a hanbok to Seattle, a phone line for a mother, rice with a hole on Rakuten, a signed book sent unsigned, three 持ち戻り despite 置き配, a school randoseru, a cat on an electric blanket, leaving Yahoo! Shopping with points, a convenience-store slip, both halves of a double order charged, a parcel thrown over a gate, a spectacle frame, 上様, a calligraphy lesson, an apology coupon expired, a missing warranty card, an opened toner, osechi boxes to parents, mail-service to a tracked parcel, Rakuten points not deducted, frozen and ambient in one order, thanks for a bed delivery; Zalando, eBay, Fnac, Mercado Libre, Coupang, Rakuten and Yahoo! Shopping wrappers, Swiss German, Bavarian, Belgian and Luxembourg French, Rioplatense Spanish, Kansai-ben, Korean honorific and casual; tuned on from session 23 (first run 68.3/69.1 on main 153c1397, the set committed before it ran; 69.2/70.9 on p29's branch b18ba4c with its held-out 22 rules, before any rule from this set: en 70.0/72.7, de 70.0/79.2, fr 75.0/65.6, es 50.0/53.3, ko 85.0/85.2, ja 65.0/72.4); main's first run per language top-1/recall en 70.0/72.7, de 65.0/75.0, fr 75.0/65.6, es 50.0/53.3, ko 85.0/81.5, ja 65.0/69.0)":
    'tests/fixtures/intent/real-mail-heldout-23.jsonl',
} as const;

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '–');

function row(set: string, group: string, t: RequestTally): Record<string, string | number> {
  return {
    set,
    group,
    messages: t.messages,
    'top-1': pct(t.top1, t.messages),
    requests: t.labelled,
    'every-request recall': pct(t.recalled, t.labelled),
    'recall, span located': pct(t.located, t.labelled),
    'request precision': pct(t.foundAsked, t.found),
  };
}

/** Tallies by "all", by language and by the intent each message is about. */
export function realMailTallies(model: LinearModel, path: string): Map<string, RequestTally> {
  const tallies = new Map<string, RequestTally>();
  const tally = (key: string) => tallies.get(key) ?? tallies.set(key, emptyTally()).get(key)!;
  for (const line of parseRequestSet(readFileSync(path, 'utf8'), path)) {
    const result = classifyWith(model, line.text);
    const keys = ['all', `lang ${line.language}`, `intent ${line.intent}`];
    for (const key of keys) tallyMessage(tally(key), line, result.intent, result.requests);
  }
  return tallies;
}

export function realMailRows(model: LinearModel): Array<Record<string, string | number>> {
  return Object.entries(REAL_MAIL_SETS).flatMap(([set, path]) => {
    const tallies = realMailTallies(model, path);
    const keys = [...tallies.keys()].sort((a, b) => Number(b === 'all') - Number(a === 'all') || a.localeCompare(b));
    return keys.map((key) => row(set, key, tallies.get(key)!));
  });
}
