/**
 * Readable order and shipment states for replies, in the languages the starter pack ships. Worded to
 * follow "Your order is currently …" (order) and "… is …" / "(…)" (shipment) in each language.
 */
import type { Fulfillment, Order } from '@/lib/schemas/order';

type OrderStatus = Order['status'];
type ShipmentStatus = Fulfillment['status'];

const ORDER_STATUS: Record<string, Record<OrderStatus, string>> = {
  en: {
    open: 'awaiting processing',
    processing: 'being prepared',
    shipped: 'shipped',
    delivered: 'delivered',
    cancelled: 'cancelled',
    refunded: 'refunded',
    on_hold: 'on hold',
  },
  de: {
    open: 'eingegangen und wartet auf Bearbeitung',
    processing: 'in Bearbeitung',
    shipped: 'versandt',
    delivered: 'zugestellt',
    cancelled: 'storniert',
    refunded: 'erstattet',
    on_hold: 'zurückgestellt',
  },
  fr: {
    open: 'en attente de traitement',
    processing: 'en cours de préparation',
    shipped: 'expédiée',
    delivered: 'livrée',
    cancelled: 'annulée',
    refunded: 'remboursée',
    on_hold: 'en attente',
  },
  es: {
    open: 'pendiente de procesar',
    processing: 'en preparación',
    shipped: 'enviado',
    delivered: 'entregado',
    cancelled: 'cancelado',
    refunded: 'reembolsado',
    on_hold: 'en espera',
  },
  // Korean and Japanese templates quote the status ("현재 '상품 준비 중' 상태", "現在「準備中」の状態").
  ko: {
    open: '주문 접수',
    processing: '상품 준비 중',
    shipped: '발송 완료',
    delivered: '배송 완료',
    cancelled: '주문 취소',
    refunded: '환불 완료',
    on_hold: '보류',
  },
  ja: {
    open: 'ご注文受付',
    processing: '発送準備中',
    shipped: '発送済み',
    delivered: '配達完了',
    cancelled: 'キャンセル済み',
    refunded: '返金済み',
    on_hold: '保留中',
  },
};

const SHIPMENT_STATUS: Record<string, Record<ShipmentStatus, string>> = {
  en: {
    pending: 'awaiting pickup by the carrier',
    in_transit: 'in transit',
    out_for_delivery: 'out for delivery',
    delivered: 'delivered',
    failure: 'delivery problem reported by the carrier',
  },
  de: {
    pending: 'wartet auf Abholung',
    in_transit: 'unterwegs',
    out_for_delivery: 'in Zustellung',
    delivered: 'zugestellt',
    failure: 'Zustellproblem vom Versanddienstleister gemeldet',
  },
  fr: {
    pending: 'en attente de prise en charge',
    in_transit: 'en transit',
    out_for_delivery: 'en cours de livraison',
    delivered: 'livré',
    failure: 'incident de livraison signalé par le transporteur',
  },
  es: {
    pending: 'pendiente de recogida',
    in_transit: 'en tránsito',
    out_for_delivery: 'en reparto',
    delivered: 'entregado',
    failure: 'incidencia de entrega comunicada por el transportista',
  },
  ko: {
    pending: '택배사 인수 대기',
    in_transit: '배송 중',
    out_for_delivery: '배송 출발',
    delivered: '배송 완료',
    failure: '택배사에서 배송 문제 보고',
  },
  ja: {
    pending: '配送業者への引き渡し待ち',
    in_transit: '輸送中',
    out_for_delivery: '配達中',
    delivered: '配達完了',
    failure: '配送業者より配達の問題の報告あり',
  },
};

function labelsFor<T>(table: Record<string, T>, locale: string): T {
  return table[locale.split('-')[0]!.toLowerCase()] ?? table.en!;
}

export function orderStatusLabel(status: OrderStatus, locale: string): string {
  return labelsFor(ORDER_STATUS, locale)[status];
}

export function shipmentStatusLabel(status: ShipmentStatus, locale: string): string {
  return labelsFor(SHIPMENT_STATUS, locale)[status];
}
