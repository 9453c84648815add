import { describe, expect, it } from 'vitest';
import { describeWithCorpus } from '@/lib/testing/describe-with-corpus';
import { stripReply } from './strip-reply';
import { scoreSuite } from './testing/reply-suites';
import { scoreReplySet } from './testing/reply-set-score';
import { loadReplySet } from './testing/reply-sets';

/**
 * Regression floor on the public suites in ../shared/data/email-replies: the number of cases
 * that passed when this stripper was measured (2026-11-24). Raise it when you improve; the one
 * crisp case below the total (email_2.txt) expects a bottom-posted answer to be dropped, which
 * zapier's copy of the same email expects kept — we keep it.
 */
const MEASURED_PASSES = { zapier: 20, crisp: 78 } as const;

describeWithCorpus('email-replies', 'stripReply on the public reply-stripping suites', () => {
  it.each(Object.entries(MEASURED_PASSES))('%s passes at least %i cases', (suite, floor) => {
    const score = scoreSuite(suite, stripReply);
    const report = score.failures.map((f) => `${f.name}: ${f.failed.join('; ')}`).join('\n');
    expect(score.passed, report).toBeGreaterThanOrEqual(floor);
  });
});

/**
 * Regression floor on our own sets (lib/ticket/testing/reply-sets, and the dated fixture
 * tests/fixtures/reply-stripping/2026-12-04-blind-languages.jsonl, first run 22/24; and 2026-12-05-suite-classes.jsonl,
 * one case per failure class found on other projects' suites, 4/37 before the fixes): cases passed when measured
 * (2026-12-04, 2026-12-05). A case lost on any of them is a regression to look at, not a floor to lower.
 */
/**
 * `blind-3` (tests/fixtures/reply-stripping/2026-12-05-blind3-clients-languages.jsonl, a third evaluator's,
 * committed before it ran): first run on main at f8d8faa 21/34 (13/22 plain, 8/12 HTML). Every quote
 * header was found; the 13 misses: the sign-off and name kept (b3-it-libero, b3-ko-naver,
 * b3-ja-thunderbird-split, b3-en-bottom-post, b3-fr-gmail-split-header, b3-it-yahoo-html,
 * b3-en-outlook-android-bottom-html), a mobile footer kept under a one-line sign-off (b3-nl-outlook-ios),
 * company signatures with legal footers kept (b3-pt-pt-outlook-legal, b3-de-outlook-legal,
 * b3-nl-outlook-desktop-html), a boxed Japanese signature kept (b3-ja-yahoo), and an Outlook forward
 * ("TR:") cut as if it were a reply (b3-fr-outlook-forward-html). After the stripper fixes merged on
 * 2026-12-05 (made on other projects' suites, never tuned on this set): 22/34, b3-de-outlook-legal now passes.
 * Fixed 2026-12-05 (issue-10-strip3, tuned on since): 28/34; the 6 left expect a name alone or "Grazie,
 * Franca" cut, which public suites keep (the set's misses file beside it says which and why).
 * `classes-3`: our own case per class fixed then (2026-12-05-classes-3.jsonl; the stripper before it: 11/26).
 */
/**
 * `blind-4` (tests/fixtures/reply-stripping/2026-12-05-blind4-clients-languages.jsonl, a fourth evaluator's,
 * committed before it ran, e4790d4): first run on main at 1edf88b 29/37 (21/26 plain, 8/11 HTML). Every quote
 * header was found (Naver, Daum, Seznam, Orange, GMX, Libero, Yahoo Japan, Outlook in nine languages); the 8 misses:
 * a sign-off or name kept under the answer (b4-de-webde-bottom, b4-pt-br-gmail, b4-nl-gmail-bottom-html), the name
 * and the separator line of a quote header kept (b4-ko-daum "----- 원본 메일 -----", b4-cs-seznam "---------- Původní
 * e-mail ----------" with "S pozdravem"), a boxed Japanese company signature kept (b4-ja-outlook-signature-box), a
 * "/Lina" sign-off with Outlook iOS's Swedish "Hämta Outlook för iOS" footer kept (b4-sv-outlook-ios-html), and an
 * Outlook forward whose header block reads "RE:" cut as a reply (b4-pt-outlook-forward-html).
 * Fixed 2026-12-05 (issue-10-strip4, tuned on since): 34/37; Seznam's "Původní e-mail", "Abraço,", a signature
 * boxed by "━━━" rules, "/Name" and "Hämta Outlook för iOS", a forward announced in the text ("Reencaminho a
 * mensagem …") whatever its subject. Then a name alone or "Groet, Daan" under the answer is cut when the quoted
 * mail greets that name ("Hoi Daan", strip-addressed-name.ts): 36/37 and blind-3 34/34; the one left signs "김도윤"
 * above a Daum quote that never names him. `classes-4`: our own case per class (2026-12-05-classes-4.jsonl; the
 * stripper before it: 3/13).
 */
/**
 * `blind-5` (tests/fixtures/reply-stripping/2026-12-05-blind5-clients-languages.jsonl, a fifth evaluator's,
 * committed before it ran, 0bf6616): first run on main at 7d54fd9 27/41 (17/26 plain, 10/15 HTML). Every quote
 * header was found (Sapo, WP, Interia, Virgilio, Zimbra, La Poste, T-Online, Lotus Notes, Yandex, Kakao, docomo, Zoho,
 * eM Client, GMX, Outlook in Dutch, Swedish, Polish, Finnish, Japanese); the 14 misses: a sign-off or name kept under
 * the answer (b5-sv-gmail-skrev-bottom "/Elin", b5-ja-docomo-original, b5-fi-outlook-lahettaja, b5-tr-gmail-tarihinde,
 * b5-ru-yandex-date-colon, b5-de-zoho-html, b5-sv-outlook-web-divrplyfwdmsg, b5-de-gmx-html-gesendet,
 * b5-ja-apple-mail-html-nomail), a sign-off kept above a forward or a P.S. the customer added (b5-en-protonmail-plain-forward,
 * b5-en-roundcube-ps-after-name), a mobile footer kept (b5-it-samsung-originale "Inviato dal mio Galaxy",
 * b5-pt-protonmail-html "Enviado com o e-mail seguro Proton Mail."), and a Lotus Notes company signature with its legal
 * lines kept (b5-de-lotus-schrieb-am). After the blind-4 fixes merged (never tuned on this set): 29/41, the two Japanese
 * sign-offs now cut (b5-ja-docomo-original, b5-ja-apple-mail-html-nomail); the other 12 as above.
 * Fixed session 8 round 2 (issue-10-strip5, 2026-12-05; tuned on since): 39/41; closings in Finnish, Turkish,
 * Russian and more German and Swedish ones, a closing in two languages ("Mit freundlichen Grüßen / Best regards"),
 * a closing above a "---" company signature, "Inviato dal mio …" and Proton's footers, a signed sign-off above a
 * forward. Left: "/Elin" alone (a bare name the quote does not greet, kept as public suites keep it) and the
 * sign-off above a P.S. (b5-en-roundcube-ps-after-name), which our own suite-classes and classes-3 keep
 * (c-en-postscript-stays, k3-en-own-confidential-kept). `classes-4` holds our own case per class fixed then.
 */
/**
 * `blind-6` (tests/fixtures/reply-stripping/2026-12-05-blind6-clients-languages.jsonl, a sixth evaluator's,
 * committed before it ran, 2d4e2e5): first run on main at b841b64 24/40 (14/28 plain, 10/12 HTML). Unseen, a floor
 * only. Misses: quote headers not found in Slovak ("Dňa … napísal(a):"), Estonian ("kirjutas:"), Lithuanian
 * ("rašė:"), Vietnamese ("đã viết:"), Indonesian Yahoo ("menulis:", with "Dikirim dari Yahoo Mail di Android"),
 * Catalan ("va escriure:") and a Croatian Outlook header block ("Šalje:/Poslano:/Prima:/Predmet:"); sign-offs kept
 * in Hungarian, Romanian, Greek, Hebrew, Arabic, Chinese (simplified and traditional), and "Gruß Heinz" on one line
 * (Yahoo HTML); a name kept above a forwarded Rakuten mail (Gmail HTML). The same 24/40 after session 9's first
 * stripping pass (issue-10-strip5). Fixed session 9 (issue-10-strip6; tuned on since): 39/40; quote-header verbs,
 * Outlook labels, closings and phone footers as data for these languages and their neighbours, a name alone
 * above a forward. Left: "Gruß Heinz", a closing and the name on one line that the quote does not greet, kept as
 * public suites keep it (README). `classes-6` holds our own case per class (the stripper before it: 2/27).
 */
/**
 * `blind-7` (tests/fixtures/reply-stripping/2026-12-05-blind7-clients-languages.jsonl, a seventh evaluator's,
 * committed before it ran, 98c74a6): first run on main at 8f47ac1 27/42 (18/27 plain, 9/15 HTML). Unseen, a floor
 * only. Misses (the misses file beside it): quote headers not found in Icelandic Outlook, Afrikaans, Basque and
 * Galician; a closing and name kept in Serbian Cyrillic, Tagalog, Welsh, pt-BR and Icelandic; a name alone kept
 * in Chinese, Malay, Thai, Serbian and Persian. Fixed session 10 (issue-10-strip7; tuned on since): 36/42; the quote-header
 * verbs, Icelandic Outlook labels and the closings as data. Left: the six lone names, kept as the public suites keep a
 * name without a closing above it (README). `classes-7` holds our own case per class (the stripper before it: 2/11).
 * Session 12 (issue-10-strip9): 37/42, the Serbian Proton name now cut as part of Proton's marked signature block.
 * Session 23 (issue-10-strip21): 42/42, the Malay, Thai and Persian names cut: each quote greets it ("Salam Puan Nurul",
 * "เรียนคุณพิมพ์ชนก", "سلام نگار جان"), greetings and titles now in ms id tr vi th fa ar he hi, names in caseless scripts.
 */
/**
 * `blind-8` (tests/fixtures/reply-stripping/2026-12-05-blind8-clients-languages.jsonl, an eighth evaluator's,
 * committed before it ran, 9ecbb7b): first run on main at 73024b7 21/43 (12/25 plain, 9/18 HTML). Unseen, a floor
 * only. Misses (the misses file beside it): Gmail quote headers not found in Albanian, Georgian, Swahili, Maltese,
 * Bengali, Tamil, Urdu, Armenian and Uzbek; Outlook header labels not found in Azerbaijani, Irish and Maltese (an
 * Irish Outlook-for-iOS reply block not cut in HTML either); closings kept in those languages and in Kazakh; "-- Dave"
 * kept; a Polish company signature kept under "Z poważaniem". Fixed session 11 (issue-10-strip8; tuned on since): 43/43;
 * quote-header verbs, Outlook labels, closings and phone footers as data for these languages and their neighbours,
 * the Armenian comma ending an attribution, "-- Name" on one line, a firm's legal form ("sp. z o.o.", "Ltd.") in a
 * signature. `classes-8` holds our own case per class (the stripper before it: 3/22).
 */
/**
 * `blind-9` (tests/fixtures/reply-stripping/2026-12-06-blind9-clients-languages.jsonl, a ninth evaluator's, committed
 * before it ran, 07e3d47): first run on main at 7e6aac1 40/45 (25/28 plain, 15/17 HTML). Unseen, a floor only. Misses (the
 * misses file beside it): Proton Mail's "Original Message" rule (U+2010 hyphens) and its localized footer kept with the
 * closing, in Hebrew and Greek (plain and HTML); a lone name and 163's mobile footer kept; a French closing kept.
 * Fixed session 12 (issue-10-strip9; tuned on since): 45/45; typographic dashes, apostrophes, quotes and spaces folded
 * once before the rules read a message, Proton's signature block, webmail and phone footers as data, a name alone right
 * above a client's footer cut. `classes-9` holds our own case per class and cases that must stay (the stripper before it: 9/18).
 */
/**
 * `blind-10` (tests/fixtures/reply-stripping/2026-12-06-blind10-clients-languages.jsonl, a tenth evaluator's, committed
 * before it ran, 1a70ee3): first run on main at 91a3706 37/43 (23/29 plain, 14/14 HTML). Unseen, a floor only. Misses (the
 * misses file beside it): eM Client's Slovenian "Izvirno sporočilo" header blocks kept (big case); closings kept in Polish
 * ("Z góry dziękuję", "Dziękuję,"), Swedish ("Vänligen,") and Korean with Samsung's Korean footer; "Thanks, Carla Mendoza"
 * kept above Horde's IMP footer, which is kept too. Fixed session 13 (issue-10-strip10; tuned on since): 43/43;
 * localized "original message" separators of desktop and phone clients, closings in pl sv no nl tr ca sk sl ms tl,
 * Samsung's Korean, Malay, Tagalog and iOS's Vietnamese footers as data; a webmail's trailer that reads as a sentence
 * (Horde IMP's) told by its whole line. `classes-10` holds our own case per class and cases that must stay (the
 * stripper before it: 8/27).
 */
/**
 * `blind-11` (tests/fixtures/reply-stripping/2026-12-06-blind11-clients-languages.jsonl, an eleventh evaluator's, committed
 * before it ran, f5cc631): first run on main at 119a918 46/49 (29/31 plain, 17/18 HTML). Unseen, a floor only. Misses (the
 * misses file beside it): Vietnamese closings kept ("Cảm ơn shop nhiều," above K-9 Mail's Vietnamese footer, plain; "Em cảm
 * ơn," above iOS 18's, HTML); Outlook for Android's Thai footer, its rule and Thai header labels (จาก/ส่ง/ถึง/เรื่อง): nothing cut.
 * Fixed session 14 (issue-10-strip11; tuned on since): 49/49; closings in vi th ru uk cs el hu ro id ms fi da ar, Outlook for
 * iOS and Android's "Get Outlook for …" footer in those languages (to the end of its line), Thai and Malay Outlook labels as
 * data. `classes-11` holds our own case per class and cases that must stay (the stripper before it: 6/25).
 */
/**
 * `blind-12` (tests/fixtures/reply-stripping/2026-12-06-blind12-clients-languages.jsonl, a twelfth evaluator's, committed
 * before it ran, 4e7e038): first run on main at 255245f 44/53 (37/41 plain, 7/12 HTML). Unseen, a floor only. Every quote,
 * header block and footer cut; the misses (the misses file beside it) are sign-offs kept: a lone name under the new text
 * (QQ, docomo, Daum plain; Mail.ru, 163 HTML), "Valeu, / Camila", "Groetjes, Sanne" on one line, "Gruß aus Kiel / Maren",
 * Hebrew "בתודה, / יעל כהן". Fixed session 15 (issue-10-strip12; tuned on since): 53/53; closings in pt he and "<greeting>
 * from <place>" as data, a Chinese or Korean name alone that starts with a common surname (data), a closing with the name
 * on one line above a client's footer (HTML: a marked signature that opens with one), a name above "--" and a footer,
 * docomo's full-width "＞" read as ">". Also blind-4 37/37 and blind-7 39/42 (their Chinese and Korean names). `classes-12`
 * holds our own case per class and cases that must stay (the stripper before it: 6/25, the six all cases that must stay).
 */
/**
 * `blind-13` (tests/fixtures/reply-stripping/2026-12-06-blind13-clients-languages.jsonl, a thirteenth evaluator's,
 * committed before it ran, be0537f): first run on main at 75699e1 50/53 (41/41 plain, 9/12 HTML); its classes fixed in
 * session 16 (issue-10-strip13), 53/53 since, tuned on. `classes-13` holds our own case per class and cases that must stay
 * (the stripper before it: 10/25, the ten all cases that must stay).
 * Misses (the misses file beside it): a lone "<name> 드림" under Naver's HTML; Indonesian "Salam, / Agus Prasetyo" above
 * Yahoo's quoted div (HTML); a bottom-posted Airmail HTML reply keeps the quote above the new text and the lone name and
 * "-- / Sent with Airmail" under it.
 */
/**
 * `blind-14` (tests/fixtures/reply-stripping/2026-12-06-blind14-clients-languages.jsonl, a fourteenth evaluator's,
 * committed before it ran, 8c8cb4d): first run on main at a1769fb 42/52 (34/40 plain, 8/12 HTML), the same with
 * issue-10-strip15's refactors; six of its classes fixed in session 17 (issue-10-strip15), 48/52 since, tuned on. `classes-14`
 * holds our own case per fixed class and cases that must stay (the stripper before it: 4/14, the four all cases that must stay).
 * Left then (the misses file beside it): a lone name with no evidence in the quote (Onet, Seznam HTML), HEY's "— Priya": right
 * since session 19 (a full name alone signs; a dashed name the quote greets goes), 52/52.
 */
/**
 * `blind-15` (tests/fixtures/reply-stripping/2026-12-06-blind15-clients-languages.jsonl, a fifteenth evaluator's,
 * committed before it ran, 0b4ec8b): first run on main at 7917829 44/53 (34/41 plain, 10/12 HTML), the same with
 * issue-10-strip16's speed-ups (unseen). Its four classes fixed in session 18 (issue-10-strip16), 53/53 since, tuned on:
 * a thanks-closing and name in mn si km am zu pa, a Greek Thunderbird forward, Romanian 'Mersi,' and name (Yahoo HTML), a
 * Hungarian signature over a legal notice (HTML). `classes-15` holds our own case per class in those and neighbour
 * languages (xh gu lo my kn ml; ru cs fi hu forwards; cs ro fi notices) and cases that must stay (the stripper before it:
 * 7/32, 7/28 plain, 0/4 HTML, the seven all cases that must stay or already right).
 */
/**
 * `blind-16` (tests/fixtures/reply-stripping/2026-12-07-blind16-clients-languages.jsonl, a sixteenth evaluator's,
 * committed before it ran, 07b109e): first run on main at 8dc6f36 31/54 (22/42 plain, 9/12 HTML), unseen; its floor is
 * that first run. Misses (the misses file beside it): a thanks-closing and name in ps lb fo yo ha so jv sm mi ht tg or ti
 * kept, a Belarusian header block, Walmart's and Rakuten's relay notices, informal 'Ciao' and 'Lp, Tina', a Japanese family
 * name alone, Naver's app footer, a Norwegian Thunderbird forward cut, signatures over legal notices (nl, sw HTML).
 * The same 31/54 with issue-10-strip17's first changes (unseen). Its classes fixed in session 19 (issue-10-strip17), 52/54
 * since, tuned on; left, as conventions: '佐々木' alone (a Japanese name no quote greets) and 'Lp, Tina' (a closing and
 * name on one line, no greeting, no footer). `classes-16` holds our own case per class and cases that must stay (the
 * stripper before it: 10/36). Blind 14's lone full names and HEY's '— Priya' are right since too (52/52).
 */
/**
 * `blind-17` (tests/fixtures/reply-stripping/2026-12-07-blind17-clients-languages.jsonl, a seventeenth evaluator's,
 * committed before it ran, 2f8452e): first run on main at 4fa8a9c 40/53 (29/41 plain, 11/12 HTML), the same with
 * issue-10-strip18's speed-ups (unseen). Its three classes fixed in session 20 (issue-10-strip18), 53/53 since, tuned on:
 * closings in rm br fy dv mg and '此致'; a relay's notice under the sign-off (cs de ar tr ko id); a Czech note that passes
 * the message below on. `classes-17` holds our own case per class in those and neighbour languages and cases that must
 * stay or be cut (the stripper before it: 3/18, the three).
 */
/**
 * `blind-18` (tests/fixtures/reply-stripping/2026-12-07-blind18-clients-languages.jsonl, an eighteenth evaluator's,
 * committed before it ran, 1d8da72): first run on main at 678de2f 41/52 (30/40 plain, 11/12 HTML), the same with
 * issue-10-strip19's speed-ups and splits (unseen). Its three classes fixed in session 21 (issue-10-strip19), 52/52 since,
 * tuned on: closings in lb ku ug oc co yi nn ceb and Czech well-wishing ones; a relay's 'do not reply' or 'Trimis prin'
 * notice under the sign-off; a reply written below the quoted history that opens the mail. `classes-18` holds our own case
 * per class in other words and languages and a case that must stay (the stripper before it: 1/19, that one).
 */
/**
 * `blind-19` (tests/fixtures/reply-stripping/2026-12-07-blind19-clients-languages.jsonl, a nineteenth evaluator's,
 * committed before it ran, f900c05): first run on main at aafb559 32/52 (21/40 plain, 11/12 HTML), the same with
 * issue-10-strip20's splits (unseen). Its misses, in the eval's words, are in 2026-12-07-blind19-clients-languages.misses.md.
 * Its four classes fixed in session 22 (issue-10-strip20), 52/52 since, tuned on from session 22: thanks-closings in ig st
 * sn rw rn qu gn ln wo eo sd as kl to lg; a relay's 'you have a new message on …' notice under a rule and the sign-off;
 * Postbox's 'X wrote on <date> <time>:'; GroupWise's '>>> X <date> <time> >>>' header (HTML).
 * `classes-19` holds our own case per failure class of it in other words and languages and cases that must stay (the
 * stripper before it: 5/45, the four that must stay and a German relay notice it already knew).
 */
/**
 * `blind-20` (tests/fixtures/reply-stripping/2026-12-07-blind20-clients-languages.jsonl, a twentieth evaluator's,
 * committed before it ran, 578ae44): first run on main at 153c139 26/52 (19/40 plain, 7/12 HTML), and the same with
 * issue-10-strip21's earlier changes; tuned on from session 23 (first run 26/52). Its misses, in the eval's words, are in 2026-12-07-blind20-clients-languages.misses.md: marketplace
 * relays' notices under a rule and the sign-off (es nl nb fi vi fa he el ro hu, Kilimall in English); thanks-closings
 * in hi sc kw gv se ty ay su bm la; Alibaba Mail's full-width header block under '此致 / 敬礼'; Nextcloud Mail's
 * '"X" <addr> – date' attribution; a webmail link footer (wa) and a Latin-script signature line (bo) under the name.
 * Fixed in session 23 (issue-10-strip21): 52/52, by data — relay notices in es nl no fi vi fa he el ro hu en and
 * neighbours, thanks-closings in those languages, header fields after a full-width colon with no space ('发送时间：2026…')
 * and '主　题'; the Nextcloud, Scarlet and Front lines go with the closing above them. `classes-20` holds our own case per
 * class and cases that must stay (the stripper before it: 11/45).
 */
/**
 * `blind-21` (tests/fixtures/reply-stripping/2026-12-07-blind21-clients-languages.jsonl, a twenty-first evaluator's,
 * committed before it ran, 26fd670): first run on main at 61cbee4 38/52 (26/40 plain, 12/12 HTML), and the same with
 * issue-10-strip22's split and mutation eval; tuned on from session 24 (first run 38/52). Its misses, in the eval's words, are in 2026-12-07-blind21-clients-languages.misses.md: helpdesk
 * notifications' 'reply above this line' markers (Kayako, HappyFox, Groove) and a relay's English notice (Gumtree) kept
 * with the sign-off; thanks-closings in en ('God bless') ar hi an bi ve ff ak os ce kept with the name.
 * Fixed in session 24 (issue-10-strip22): 52/52, by data — 'reply above this line' markers in en fr de es it pt nl sv
 * da pl ru ja (a line of their own, framed by '##-', '--' or '=' or bare) start history; 'You received/got a message
 * via …' is a relay notice; thanks-closings in those languages and neighbours (mr ast tpi pis gaa inh nr ss).
 * `classes-21` holds our own case per class and cases that must stay (the stripper before it: 4/32).
 */
/**
 * `blind-22` (tests/fixtures/reply-stripping/2026-12-07-blind22-clients-languages.jsonl, a twenty-second evaluator's,
 * committed before it ran, 8991804): first run on main at 5e8de15 33/52 (23/40 plain, 10/12 HTML); unseen, the floor is
 * that first run. Its misses, in the eval's words, are in 2026-12-07-blind22-clients-languages.misses.md: thanks-closings
 * and sign-offs kept with the name in en ('73,') fr-CA oj nv kv ab dz iu kr ks hz aa, with a phone-app footer in hi and
 * za; Depop's English relay notice; a relay's Finnish attribution line above a bottom-posted reply; a forward's header and
 * body lost (ro); HTML: an em-dash signature block (Infomaniak) and Trengo's Dutch 'reply above this line' marker.
 */
const OWN_SET_PASSES = {
  tuning: 64,
  heldout: 103,
  blind: 36,
  'blind-languages': 24,
  'blind-3': 34,
  'blind-4': 37,
  'blind-5': 39,
  'blind-6': 39,
  'blind-7': 42,
  'blind-8': 43,
  'blind-9': 45,
  'blind-10': 43,
  'blind-11': 49,
  'blind-12': 53,
  'blind-13': 53,
  'blind-14': 52,
  'blind-15': 53,
  'blind-16': 52,
  'blind-17': 53,
  'blind-18': 52,
  'blind-19': 52,
  'blind-20': 52,
  'blind-21': 52,
  'blind-22': 33,
  'suite-classes': 37,
  'classes-3': 26,
  'classes-4': 22,
  'classes-6': 27,
  'classes-7': 11,
  'classes-8': 22,
  'classes-9': 18,
  'classes-10': 27,
  'classes-11': 25,
  'classes-12': 25,
  'classes-13': 25,
  'classes-14': 14,
  'classes-15': 32,
  'classes-16': 36,
  'classes-17': 18,
  'classes-18': 19,
  'classes-19': 45,
  'classes-20': 45,
  'classes-21': 32,
} as const;

describe('stripReply on our own reply-stripping sets', () => {
  it.each(Object.entries(OWN_SET_PASSES))('%s passes at least %i cases', (set, floor) => {
    const score = scoreReplySet(loadReplySet(set as keyof typeof OWN_SET_PASSES), (c) => stripReply(c.input));
    const report = score.failures.map((f) => `${f.id}: got ${JSON.stringify(f.got)}`).join('\n');
    expect(score.passed, report).toBeGreaterThanOrEqual(floor);
  });
});
