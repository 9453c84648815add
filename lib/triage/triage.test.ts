import { describe, expect, it } from 'vitest';
import { mergeTriageSettings } from '@/lib/triage/defaults';
import type { TriageInput } from '@/lib/triage/schema';
import { triage } from '@/lib/triage/triage';

/** Thursday 2026-12-03 12:00 UTC: "Saturday" is two days away, "Monday" four. */
const NOW = '2026-12-03T12:00:00Z';
const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3_600_000).toISOString();
const base = (text: string, extra: Partial<TriageInput> = {}): TriageInput => ({ text, now: NOW, receivedAt: hoursAgo(2), ...extra });
const WISMO = 'Hello, my order has not arrived yet. Can you tell me where it is?';

describe('waiting time against the target', () => {
  it('is under the target: no SLA reason', () => {
    expect(triage(base(WISMO, { receivedAt: hoursAgo(19.9) }))).toMatchObject({
      waitingHours: 19.9,
      reasons: ['none'],
      priority: 'normal',
      targetHours: 24,
    });
  });
  it('is near from 20 hours and high off Amazon', () => {
    expect(triage(base(WISMO, { receivedAt: hoursAgo(20), channel: 'gmail' }))).toMatchObject({ reasons: ['sla_near'], priority: 'high' });
  });
  it('is near up to the target itself, breached past it', () => {
    expect(triage(base(WISMO, { receivedAt: hoursAgo(24) })).reasons).toEqual(['sla_near']);
    expect(triage(base(WISMO, { receivedAt: hoursAgo(24.5) })).reasons).toEqual(['sla_breach']);
  });
  it('past 24 hours on Amazon is urgent; elsewhere high', () => {
    expect(triage(base(WISMO, { receivedAt: hoursAgo(30), marketplace: 'amazon' }))).toMatchObject({
      priority: 'urgent',
      reasons: ['sla_breach'],
      targetSource: 'amazon',
    });
    expect(triage(base(WISMO, { receivedAt: hoursAgo(30), channel: 'amazon-seller-central' })).priority).toBe('urgent');
    expect(triage(base(WISMO, { receivedAt: hoursAgo(30), channel: 'zendesk' })).priority).toBe('high');
  });
  it('computes ages in UTC whatever offset the timestamps carry', () => {
    // 2026-12-03T05:00+09:00 is 2026-12-02T20:00Z: 16 hours before NOW.
    expect(triage(base(WISMO, { receivedAt: '2026-12-03T05:00:00+09:00' })).waitingHours).toBe(16);
    expect(triage(base(WISMO, { receivedAt: '2026-12-02T15:00:00-05:00', now: '2026-12-03T21:00:00+09:00' })).waitingHours).toBe(16);
  });
  it("uses eBay's own 72-hour target, and a shop's own", () => {
    expect(triage(base(WISMO, { receivedAt: hoursAgo(30), channel: 'ebay' }))).toMatchObject({ reasons: ['none'], targetHours: 72 });
    expect(triage(base(WISMO, { receivedAt: hoursAgo(69), channel: 'ebay' })).reasons).toEqual(['sla_near']);
    const strict = mergeTriageSettings({ targets: { default: 8 } });
    expect(triage(base(WISMO, { receivedAt: hoursAgo(9) }), strict)).toMatchObject({ reasons: ['sla_breach'], targetHours: 8 });
  });
  it('has no waiting time and no SLA reason when the message is undated', () => {
    expect(triage(base(WISMO, { receivedAt: null }))).toMatchObject({ waitingHours: null, reasons: ['none'] });
  });
});

describe('urgent on any channel', () => {
  it.each([
    ['chargeback', 'If this is not refunded by Friday I will file a chargeback with my bank.'],
    ['chargeback', 'Ich werde eine Rückbuchung bei meiner Bank veranlassen.'],
    ['chargeback', 'Voy a abrir una disputa en PayPal si no me responden.'],
    ['a_to_z_claim', "I've opened an A-to-z claim because nobody answered."],
    ['a_to_z_claim', 'Je vais déposer une réclamation auprès d’Amazon, garantie A à Z.'],
    ['legal_threat', 'My lawyer will be in touch. I am taking legal action.'],
    ['legal_threat', 'Sonst schalte ich meinen Anwalt ein.'],
    ['legal_threat', 'Je vais porter plainte et contacter un avocat.'],
    ['legal_threat', '환불이 안 되면 변호사를 통해 법적 조치를 하겠습니다.'],
    ['legal_threat', '返金されない場合は弁護士に相談します。'],
  ] as const)('%s: %s', (reason, text) => {
    const verdict = triage(base(text, { channel: 'gmail' }));
    expect(verdict.priority).toBe('urgent');
    expect(verdict.reasons).toContain(reason);
  });
});

describe('high', () => {
  it('a review threat, in several languages', () => {
    for (const text of [
      'Fix this or I will leave a 1 star review.',
      'Sonst gibt es eine schlechte Bewertung.',
      'Sinon je laisse un avis négatif.',
      '안 그러면 악평을 남기겠습니다.',
      '対応がなければ低評価を付けます。',
    ]) {
      expect(triage(base(text))).toMatchObject({ priority: 'high', reasons: expect.arrayContaining(['review_threat']) });
    }
  });
  it('angry and repeat contact; an angry first contact stays normal', () => {
    const angry = 'This is ridiculous. Where is my order?';
    expect(triage(base(angry, { customer: { previousContacts7d: 2 } }))).toMatchObject({
      priority: 'high',
      reasons: ['repeat_contact', 'angry'],
    });
    expect(triage(base(angry, { customer: { previousContacts7d: 1 } }))).toMatchObject({ priority: 'normal', reasons: ['angry'] });
    expect(triage(base('WHERE IS MY ORDER, I PAID TWO WEEKS AGO!!!'))).toMatchObject({ priority: 'normal', reasons: ['angry'] });
  });
  it('a VIP with a problem (spend ≥ 1000 or ≥ 10 orders); a VIP saying thanks is low', () => {
    expect(triage(base(WISMO, { customer: { lifetimeSpend: 1000, ordersCount: 2 } }))).toMatchObject({
      priority: 'high',
      reasons: ['vip'],
    });
    expect(triage(base(WISMO, { customer: { lifetimeSpend: 10, ordersCount: 10 } })).reasons).toEqual(['vip']);
    expect(triage(base(WISMO, { customer: { lifetimeSpend: 999, ordersCount: 9 } })).reasons).toEqual(['none']);
    expect(triage(base('Thank you, it arrived safely!', { customer: { lifetimeSpend: 5000, ordersCount: 40 } }))).toMatchObject({
      priority: 'low',
      reasons: ['vip'],
    });
  });
  it('a high order value from 500', () => {
    expect(triage(base(WISMO, { orderTotal: 500 }))).toMatchObject({ priority: 'high', reasons: ['high_value'] });
    expect(triage(base(WISMO, { orderTotal: 499.99 })).reasons).toEqual(['none']);
  });
  it.each([
    'I need this for my wedding on Saturday, will it arrive?',
    'The dress must arrive by Dec 5 please.',
    'Ich brauche die Schuhe für die Hochzeit am 5.12. – kommt das rechtzeitig?',
    "C'est pour le mariage de ma fille samedi, est-ce que ça arrivera ?",
    'Lo necesito para la boda del sábado.',
    '토요일 결혼식에 필요합니다. 그 전에 받을 수 있나요?',
    '12월 5일까지 받아야 합니다.',
    '土曜日の結婚式に必要です。間に合いますか？',
  ])('a dated event within 3 days: %s', (text) => {
    expect(triage(base(text))).toMatchObject({ priority: 'high', reasons: expect.arrayContaining(['time_sensitive_event']) });
  });
  it('not an event: more than 3 days away, in the past, or a date with no event or deadline', () => {
    expect(triage(base('I need this for my wedding on Monday.')).reasons).not.toContain('time_sensitive_event');
    expect(triage(base('I need it for my birthday on Dec 20.')).reasons).not.toContain('time_sensitive_event');
    expect(triage(base('My order from Dec 1 has not arrived, where is it?')).reasons).not.toContain('time_sensitive_event');
    expect(triage(base('I ordered it on Saturday and it has not shipped.')).reasons).not.toContain('time_sensitive_event');
  });
});

describe('low and normal', () => {
  it.each([
    'Thank you so much, the mug arrived safely and my mum loves it.',
    'Merci beaucoup, très satisfaite !',
    'Danke, alles gut angekommen!',
    '잘 받았습니다. 감사합니다!',
    '無事に届きました。ありがとうございました。',
  ])('pure thanks: %s', (text) => {
    expect(triage(base(text))).toMatchObject({ priority: 'low', reasons: ['none'], notes: ['pure_thanks'] });
  });
  it('thanks with a problem is not pure thanks', () => {
    expect(triage(base('Thanks, but the item arrived broken.')).priority).toBe('normal');
    expect(triage(base('Thanks! Where is my order though?')).priority).toBe('normal');
    expect(triage(base('Please send me the invoice for my last order. Many thanks!')).notes).not.toContain('pure_thanks');
    expect(triage(base('Bitte stornieren Sie meine Bestellung. Danke!')).notes).not.toContain('pure_thanks');
  });
  it('a pre-sale question with no deadline is low; with a dated event it is high', () => {
    expect(triage(base('Hi, do you ship to Canada? I am thinking of buying the blue lamp.'))).toMatchObject({
      priority: 'low',
      notes: ['pre_sale'],
    });
    expect(triage(base('Haben Sie die Lampe noch auf Lager? Ich überlege zu kaufen.')).priority).toBe('low');
    expect(triage(base('Do you have the blue lamp in stock? I need it for a party on Saturday.')).priority).toBe('high');
  });
  it('a question about an existing order is not pre-sale', () => {
    expect(triage(base('Do you have an update on my order?', { mentionsOrder: true })).priority).toBe('normal');
  });
});

describe('reasons list every signal present, not only the deciding one', () => {
  it('Amazon, 30 hours, chargeback threat, angry, repeat, VIP, high value, event', () => {
    const verdict = triage(
      base('This is unacceptable! I need it for my wedding on Saturday or I will file a chargeback and leave a bad review.', {
        receivedAt: hoursAgo(30),
        marketplace: 'amazon',
        customer: { ordersCount: 12, lifetimeSpend: 3000, previousContacts7d: 3, currency: 'USD' },
        orderTotal: 800,
      }),
    );
    expect(verdict.priority).toBe('urgent');
    expect(verdict.reasons).toEqual([
      'sla_breach',
      'chargeback',
      'review_threat',
      'repeat_contact',
      'angry',
      'vip',
      'high_value',
      'time_sensitive_event',
    ]);
    expect(verdict.tags).toEqual(expect.arrayContaining(['priority-urgent', 'chargeback', 'sla-breach', 'vip']));
  });
  it('word matches are whole words: "courtesy" is not "court", "bobby" is not "bbb"', () => {
    expect(triage(base('Thanks for the courtesy, Bobby!')).reasons).toEqual(['none']);
  });
});

describe('input', () => {
  it('rejects a timestamp without an offset and names the field', () => {
    expect(() => triage(base(WISMO, { receivedAt: '2026-12-03 10:00' }))).toThrow(/receivedAt/);
  });
});
