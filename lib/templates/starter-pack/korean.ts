/**
 * Korean starter replies, in 합니다체 as a careful Korean CS agent writes to a customer ("고객님",
 * "-해 주십시오", "안내해 드리겠습니다"). Order facts come from variables, so dates read
 * "2026년 11월 24일" and amounts "₩39,000" (lib/templates/format.ts). Particles after a variable
 * are avoided or put after a fixed noun ("주문(#1047)은"), since 은/는 and 이/가 depend on the value.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { AFTER_SALES_TEMPLATES_EN } from '@/lib/templates/starter-pack/after-sales-en';
import { AMAZON_TEMPLATES_EN } from '@/lib/templates/starter-pack/amazon-en';
import { GENERAL_TEMPLATES_EN } from '@/lib/templates/starter-pack/general-en';
import { mirrorTemplates, type MirrorText } from '@/lib/templates/starter-pack/mirror';
import { ORDER_TEMPLATES_EN } from '@/lib/templates/starter-pack/orders-en';

const THANKS = '문의해 주셔서 감사합니다.';
const ORDER_FACTS = '주문번호 {{ order.number }}, 주문일 {{ order.date }}, 결제 금액 {{ order.total }}';

const GENERAL: MirrorText[] = [
  {
    of: 'starter.wismo.tracking',
    title: '주문 배송 조회: 운송장 번호 있음',
    paragraphs: [
      `${THANKS} 고객님의 주문({{ order.number }})은 현재 배송 중입니다.\n택배사: {{ order.carrier }}\n운송장 번호: {{ order.tracking_number }}{% if order.tracking_url %}\n배송 조회: {{ order.tracking_url }}{% endif %}`,
      '{% if order.estimated_delivery %}택배사 기준 도착 예정일은 {{ order.estimated_delivery }}입니다. {% endif %}며칠이 지나도 배송 조회 내용이 바뀌지 않으면 이 메일에 회신해 주십시오. 택배사에 확인한 후 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.wismo.no-tracking',
    title: '주문 배송 조회: 아직 운송장 번호 없음',
    paragraphs: [
      `${THANKS} {{ order.date }}에 주문하신 주문({{ order.number }})은 현재 '{{ order.status }}' 상태이며, 아직 운송장 번호가 발급되지 않았습니다.`,
      '출고 일정을 담당 부서에 확인하고 있으며, 운송장 번호가 발급되는 대로 바로 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.wismo.delayed',
    title: '배송 지연 안내',
    paragraphs: [
      '주문({{ order.number }})의 배송이 예정보다 늦어지고 있어 불편을 드려 죄송합니다. 상품은 현재 {{ order.carrier }}에서 배송 중이며, 운송장 번호는 {{ order.tracking_number }}입니다.',
      '택배사에 지연 사유를 확인하고 있으며, 확인되는 대로 바로 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.order.not-found',
    title: '주문번호 요청 (주문을 찾을 수 없음)',
    paragraphs: [
      `${THANKS} 보내 주신 이메일 주소로는 주문 내역을 찾을 수 없었습니다.`,
      '주문 확인 메일에 있는 주문번호나 주문하실 때 사용하신 이메일 주소를 알려 주십시오. 확인하는 대로 바로 살펴보겠습니다.',
    ],
  },
  {
    of: 'starter.address.before-shipping',
    title: '배송지 변경 (출고 전)',
    paragraphs: [
      "알려 주셔서 감사합니다. 주문({{ order.number }})의 현재 상태는 '{{ order.status }}'입니다.",
      '변경하실 배송지 주소 전체를 우편번호와 함께 보내 주십시오. 출고 전에 주소 변경이 가능한지 확인한 후, 변경하기 전에 먼저 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.address.after-shipping',
    title: '배송지 변경 (이미 출고됨)',
    paragraphs: [
      '알려 주셔서 감사합니다. 주문({{ order.number }})은 이미 {{ order.carrier }}에 인계되어(운송장 번호 {{ order.tracking_number }}) 저희 쪽에서는 주소를 변경할 수 없습니다.',
      '{{ order.carrier }}에 배송지 변경이 가능한지 문의한 후 결과를 안내해 드리겠습니다. 그동안 변경하실 주소 전체를 보내 주십시오.',
    ],
  },
  {
    of: 'starter.cancel.not-shipped',
    title: '주문 취소 (출고 전)',
    paragraphs: [
      `${THANKS} 주문(${ORDER_FACTS})의 취소 요청을 접수했습니다. 현재 주문 상태는 '{{ order.status }}'입니다.`,
      '출고 전에 취소가 가능한지 확인하고 있으며, 확인되는 대로 결제 처리 방법과 함께 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.cancel.already-shipped',
    title: '주문 취소 (이미 출고됨)',
    paragraphs: [
      `${THANKS} 주문({{ order.number }})은 이미 {{ order.carrier }}에 인계되어(운송장 번호 {{ order.tracking_number }}) 저희 쪽에서 취소할 수 없는 상태입니다.`,
      '상품을 받으신 후 반품 기간({{ shop.return_window_days }}일) 안에 반품하실 수 있습니다. 상품이 도착하면 이 메일에 회신해 주십시오. 반품 절차를 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.return.how-to',
    title: '반품 방법 안내',
    paragraphs: [
      `${THANKS} 상품은 {{ shop.return_window_days }}일 이내에 반품하실 수 있습니다.`,
      '주문({{ order.number }}) 중 반품을 원하시는 상품과 반품 사유를 회신해 주십시오. 주문 내역을 확인한 후 반품 방법을 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.exchange.size-colour',
    title: '교환 (사이즈·색상)',
    paragraphs: [
      `${THANKS} 주문({{ order.number }}: {{ order.items }}) 상품의 교환을 도와드리겠습니다.`,
      '교환을 원하시는 상품과 원하시는 사이즈 또는 색상을 알려 주십시오. 재고를 확인한 후 다음 절차를 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.refund.request',
    title: '환불 요청 접수',
    paragraphs: [
      `${THANKS} 주문(${ORDER_FACTS})에 대한 환불 요청을 접수했습니다.`,
      '어떤 문제가 있었는지, 그리고 상품을 아직 가지고 계신지 간단히 알려 주십시오. 주문 내역을 검토한 후 처리 방법을 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.refund.status',
    title: '환불 진행 상황 문의',
    paragraphs: [
      `주문(${ORDER_FACTS}) 관련 문의에 감사드립니다.`,
      '현재 주문 내역과 결제 기록을 확인하고 있으며, 확인되는 대로 진행 상황을 안내해 드리겠습니다. 환불이 처리된 후 명세서에 반영되기까지 걸리는 기간은 카드사나 은행에 따라 다릅니다.',
    ],
  },
  {
    of: 'starter.damaged.photos',
    title: '파손 상품: 사진 요청',
    paragraphs: [
      '주문({{ order.number }})의 상품이 파손된 상태로 도착하여 정말 죄송합니다.',
      '번거로우시겠지만 파손된 상품과 포장 상자(송장이 보이도록)의 사진을 몇 장 이 메일에 회신해 주시겠습니까? 사진을 확인한 후 다음 절차를 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.wrong-item.received',
    title: '오배송 상품 수령',
    paragraphs: [
      '주문하신 상품과 다른 상품이 배송되어 불편을 드려 죄송합니다. 주문 내역에 따르면 주문({{ order.number }})의 상품은 {{ order.items }}입니다.',
      '받으신 상품과 상품 라벨의 사진을 보내 주시겠습니까? 물류센터에 경위를 확인한 후 다음 절차를 안내해 드리겠습니다. 받으신 상품은 우선 보관해 주십시오.',
    ],
  },
  {
    of: 'starter.missing-item.partial',
    title: '상품 누락',
    paragraphs: [
      '상품이 누락되어 불편을 드려 죄송합니다. 주문 내역에 따르면 주문({{ order.number }})의 상품은 {{ order.items }}입니다.{% if order.fulfillments.size > 1 %} 이 주문은 {{ order.fulfillments.size }}개의 상자로 나누어 발송되어, 일부 상품은 아직 배송 중일 수 있습니다.{% endif %}',
      '어떤 상품이 누락되었는지 알려 주시면 물류센터에 확인한 후 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.other.acknowledge',
    title: '문의 접수 및 확인 중 안내',
    paragraphs: [`${THANKS} 말씀하신 내용을 확인하고 있으며, 확인되는 대로 최대한 빨리 안내해 드리겠습니다.`],
  },
];

/** Amazon buyer-seller messages (Korean sellers on Amazon.com and Amazon.co.jp too): no links, no contact details. */
const AMAZON: MirrorText[] = [
  {
    of: 'starter.amazon.wismo.tracking',
    title: '주문 배송 조회: 운송장 번호 있음 (Amazon)',
    paragraphs: [
      `${THANKS} 고객님의 주문({{ order.number }})은 현재 배송 중입니다.\n택배사: {{ order.carrier }}\n운송장 번호: {{ order.tracking_number }}\n배송 현황은 Amazon 계정의 '주문 내역(Your Orders)'에서도 확인하실 수 있습니다.`,
      '{% if order.estimated_delivery %}택배사 기준 도착 예정일은 {{ order.estimated_delivery }}입니다. {% endif %}며칠이 지나도 배송 조회 내용이 바뀌지 않으면 이 메시지에 회신해 주십시오. 택배사에 확인한 후 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.amazon.return.how-to',
    title: '반품 방법 안내 (Amazon)',
    paragraphs: [
      `${THANKS} 주문({{ order.number }})의 반품은 Amazon 계정의 '주문 내역(Your Orders)'에서 신청하실 수 있으며, 이후 절차는 Amazon에서 단계별로 안내합니다.`,
      '진행 중 궁금한 점이 있거나 반품 신청 메뉴가 보이지 않으면 이 메시지에 회신해 주십시오. 확인해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.amazon.damaged.photos',
    title: '파손 상품: 사진 요청 (Amazon)',
    paragraphs: [
      '주문({{ order.number }})의 상품이 파손된 상태로 도착하여 정말 죄송합니다.',
      '번거로우시겠지만 파손된 상품과 포장 상자의 사진을 몇 장 이 메시지에 첨부하여 회신해 주시겠습니까? 사진을 확인한 후 다음 절차를 안내해 드리겠습니다.',
    ],
  },
  {
    of: 'starter.amazon.order.not-found',
    title: '주문번호 요청 (Amazon)',
    paragraphs: [
      `${THANKS} 어느 주문에 관한 문의인지 주문번호를 알려 주시겠습니까? 주문번호는 Amazon 계정의 '주문 내역(Your Orders)'에서 확인하실 수 있습니다. 알려 주시는 대로 바로 확인해 드리겠습니다.`,
    ],
  },
];

export const KOREAN_TEMPLATES: PackTemplate[] = [
  ...mirrorTemplates([...ORDER_TEMPLATES_EN, ...AFTER_SALES_TEMPLATES_EN, ...GENERAL_TEMPLATES_EN], 'ko', GENERAL),
  ...mirrorTemplates(AMAZON_TEMPLATES_EN, 'ko', AMAZON),
];
