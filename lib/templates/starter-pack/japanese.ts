/**
 * Japanese starter replies in polite business keigo (「〜いたします」「〜いただけますでしょうか」),
 * addressed "〇〇 様". Order facts come from variables, so dates read "2026年11月24日" and yen
 * amounts "3,900円" (lib/templates/format.ts). Amazon variants are written for Amazon.co.jp, whose
 * order page is 「注文履歴」.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { AFTER_SALES_TEMPLATES_EN } from '@/lib/templates/starter-pack/after-sales-en';
import { AMAZON_TEMPLATES_EN } from '@/lib/templates/starter-pack/amazon-en';
import { GENERAL_TEMPLATES_EN } from '@/lib/templates/starter-pack/general-en';
import { mirrorTemplates, type MirrorText } from '@/lib/templates/starter-pack/mirror';
import { ORDER_TEMPLATES_EN } from '@/lib/templates/starter-pack/orders-en';

const THANKS = 'お問い合わせいただき、誠にありがとうございます。';
const ORDER_FACTS = 'ご注文番号：{{ order.number }}、ご注文日：{{ order.date }}、ご請求金額：{{ order.total }}';

const GENERAL: MirrorText[] = [
  {
    of: 'starter.wismo.tracking',
    title: '注文状況のお問い合わせ：追跡番号あり',
    paragraphs: [
      `${THANKS}ご注文（{{ order.number }}）の商品は、現在配送中でございます。\n配送業者：{{ order.carrier }}\nお問い合わせ番号：{{ order.tracking_number }}{% if order.tracking_url %}\n配送状況の確認：{{ order.tracking_url }}{% endif %}`,
      '{% if order.estimated_delivery %}配送業者によりますと、{{ order.estimated_delivery }}にお届けの予定です。{% endif %}数日経っても配送状況が更新されない場合は、本メールにご返信ください。配送業者に確認のうえ、ご連絡いたします。',
    ],
  },
  {
    of: 'starter.wismo.no-tracking',
    title: '注文状況のお問い合わせ：追跡番号なし',
    paragraphs: [
      `${THANKS}{{ order.date }}にいただいたご注文（{{ order.number }}）は、現在「{{ order.status }}」の状態で、お問い合わせ番号はまだ発行されておりません。`,
      '発送予定日を担当部署に確認しております。お問い合わせ番号が発行され次第、改めてご連絡いたします。',
    ],
  },
  {
    of: 'starter.wismo.delayed',
    title: '配送遅延のお詫び',
    paragraphs: [
      'ご注文（{{ order.number }}）の商品のお届けが予定より遅れており、大変ご迷惑をおかけしております。商品は現在{{ order.carrier }}にて配送中で、お問い合わせ番号は{{ order.tracking_number }}でございます。',
      '現在、配送業者に遅延の理由を確認しております。確認が取れ次第、速やかにご連絡いたします。',
    ],
  },
  {
    of: 'starter.order.not-found',
    title: '注文番号のお伺い（注文が見つからない場合）',
    paragraphs: [
      `${THANKS}ご連絡いただいたメールアドレスでは、ご注文を確認することができませんでした。`,
      'お手数ですが、ご注文確認メールに記載のご注文番号、またはご注文時のメールアドレスをお知らせいただけますでしょうか。確認でき次第、すぐにお調べいたします。',
    ],
  },
  {
    of: 'starter.address.before-shipping',
    title: 'お届け先の変更（発送前）',
    paragraphs: [
      'ご連絡いただき、ありがとうございます。ご注文（{{ order.number }}）の現在の状況は「{{ order.status }}」でございます。',
      'お手数ですが、変更後のお届け先のご住所を郵便番号からすべてお知らせください。発送前に変更が可能かを確認し、変更の前に改めてご連絡いたします。',
    ],
  },
  {
    of: 'starter.address.after-shipping',
    title: 'お届け先の変更（発送済み）',
    paragraphs: [
      'ご連絡いただき、ありがとうございます。ご注文（{{ order.number }}）の商品は、すでに{{ order.carrier }}へお引き渡し済み（お問い合わせ番号：{{ order.tracking_number }}）のため、当店ではお届け先を変更いたしかねます。',
      '{{ order.carrier }}に転送が可能かを確認し、結果をご連絡いたします。あわせて、変更後のご住所をすべてお知らせください。',
    ],
  },
  {
    of: 'starter.cancel.not-shipped',
    title: 'ご注文のキャンセル（発送前）',
    paragraphs: [
      `${THANKS}ご注文（${ORDER_FACTS}）のキャンセルのご依頼を承りました。現在のご注文状況は「{{ order.status }}」でございます。`,
      '発送前にキャンセルが可能かを確認しております。確認が取れ次第、お支払いの取り扱いとあわせてご連絡いたします。',
    ],
  },
  {
    of: 'starter.cancel.already-shipped',
    title: 'ご注文のキャンセル（発送済み）',
    paragraphs: [
      `${THANKS}ご注文（{{ order.number }}）の商品は、すでに{{ order.carrier }}へお引き渡し済み（お問い合わせ番号：{{ order.tracking_number }}）のため、当店ではキャンセルを承ることができかねます。`,
      '商品がお手元に届きましたら、返品期間（{{ shop.return_window_days }}日間）内にご返品いただけます。到着後に本メールへご返信いただければ、返品の手続きをご案内いたします。',
    ],
  },
  {
    of: 'starter.return.how-to',
    title: '返品方法のご案内',
    paragraphs: [
      `${THANKS}商品の返品は{{ shop.return_window_days }}日以内であれば承っております。`,
      'ご注文（{{ order.number }}）のうち、返品をご希望の商品と返品の理由を本メールにご返信ください。ご注文内容を確認のうえ、返品の手順をご案内いたします。',
    ],
  },
  {
    of: 'starter.exchange.size-colour',
    title: '商品の交換（サイズ・カラー）',
    paragraphs: [
      `${THANKS}ご注文（{{ order.number }}：{{ order.items }}）の商品の交換について承ります。`,
      '交換をご希望の商品と、ご希望のサイズまたはカラーをお知らせください。在庫を確認のうえ、今後の手順をご案内いたします。',
    ],
  },
  {
    of: 'starter.refund.request',
    title: '返金のご依頼',
    paragraphs: [
      `${THANKS}ご注文（${ORDER_FACTS}）の返金のご依頼を承りました。`,
      'お手数ですが、どのような問題があったか、また商品がお手元にあるかを簡単にお知らせいただけますでしょうか。ご注文内容を確認のうえ、対応方法をご案内いたします。',
    ],
  },
  {
    of: 'starter.refund.status',
    title: '返金状況のお問い合わせ',
    paragraphs: [
      `ご注文（${ORDER_FACTS}）についてお問い合わせいただき、ありがとうございます。`,
      '現在、ご注文内容とお支払いの記録を確認しております。状況が分かり次第ご連絡いたします。なお、返金処理後、ご利用明細に反映されるまでの期間は、カード会社または金融機関によって異なります。',
    ],
  },
  {
    of: 'starter.damaged.photos',
    title: '破損商品：写真のお願い',
    paragraphs: [
      'ご注文（{{ order.number }}）の商品が破損した状態で届いたとのこと、大変申し訳ございません。',
      'お手数をおかけいたしますが、破損した商品と、配送伝票が写った梱包箱の写真を数枚、本メールにご返信いただけますでしょうか。写真を確認のうえ、今後の対応についてご案内いたします。',
    ],
  },
  {
    of: 'starter.wrong-item.received',
    title: '誤配送（ご注文と異なる商品）',
    paragraphs: [
      'ご注文と異なる商品が届いたとのこと、大変申し訳ございません。記録によりますと、ご注文（{{ order.number }}）の内容は{{ order.items }}でございます。',
      'お手数ですが、お届けした商品とそのラベルの写真をお送りいただけますでしょうか。倉庫に経緯を確認のうえ、今後の対応をご案内いたします。届いた商品は、恐れ入りますがそのままお手元で保管いただけますようお願いいたします。',
    ],
  },
  {
    of: 'starter.missing-item.partial',
    title: '商品の不足',
    paragraphs: [
      '商品が不足していたとのこと、大変申し訳ございません。記録によりますと、ご注文（{{ order.number }}）の内容は{{ order.items }}でございます。{% if order.fulfillments.size > 1 %}このご注文は{{ order.fulfillments.size }}個の荷物に分けて発送しておりますため、一部がまだ配送中の可能性がございます。{% endif %}',
      'どの商品が届いていないかお知らせいただけましたら、倉庫に確認のうえご連絡いたします。',
    ],
  },
  {
    of: 'starter.other.acknowledge',
    title: 'お問い合わせ受付・確認中のご連絡',
    paragraphs: [`${THANKS}いただいた内容を確認しております。確認が取れ次第、できる限り早くご連絡いたします。`],
  },
];

/** Amazon.co.jp buyer-seller messages: no links or contact details; Amazon's own order page instead. */
const AMAZON: MirrorText[] = [
  {
    of: 'starter.amazon.wismo.tracking',
    title: '注文状況のお問い合わせ：追跡番号あり（Amazon）',
    paragraphs: [
      `${THANKS}ご注文（{{ order.number }}）の商品は、現在配送中でございます。\n配送業者：{{ order.carrier }}\nお問い合わせ番号：{{ order.tracking_number }}\n配送状況は、Amazonアカウントの「注文履歴」からもご確認いただけます。`,
      '{% if order.estimated_delivery %}配送業者によりますと、{{ order.estimated_delivery }}にお届けの予定です。{% endif %}数日経っても配送状況が更新されない場合は、本メッセージにご返信ください。配送業者に確認のうえ、ご連絡いたします。',
    ],
  },
  {
    of: 'starter.amazon.return.how-to',
    title: '返品方法のご案内（Amazon）',
    paragraphs: [
      `${THANKS}ご注文（{{ order.number }}）の返品は、Amazonアカウントの「注文履歴」からお手続きいただけます。画面の案内に沿ってお進みください。`,
      'ご不明な点がある場合や、返品のメニューが表示されない場合は、本メッセージにご返信ください。確認いたします。',
    ],
  },
  {
    of: 'starter.amazon.damaged.photos',
    title: '破損商品：写真のお願い（Amazon）',
    paragraphs: [
      'ご注文（{{ order.number }}）の商品が破損した状態で届いたとのこと、大変申し訳ございません。',
      'お手数をおかけいたしますが、破損した商品と梱包箱の写真を数枚、本メッセージに添付してご返信いただけますでしょうか。写真を確認のうえ、今後の対応についてご案内いたします。',
    ],
  },
  {
    of: 'starter.amazon.order.not-found',
    title: '注文番号のお伺い（Amazon）',
    paragraphs: [
      `${THANKS}お問い合わせの対象となるご注文番号をお知らせいただけますでしょうか。ご注文番号は、Amazonアカウントの「注文履歴」からご確認いただけます。確認でき次第、すぐにお調べいたします。`,
    ],
  },
];

export const JAPANESE_TEMPLATES: PackTemplate[] = [
  ...mirrorTemplates([...ORDER_TEMPLATES_EN, ...AFTER_SALES_TEMPLATES_EN, ...GENERAL_TEMPLATES_EN], 'ja', GENERAL),
  ...mirrorTemplates(AMAZON_TEMPLATES_EN, 'ja', AMAZON),
];
