/**
 * Readable order and shipment states for replies, in the languages the starter pack ships. Worded to
 * follow "Your order is currently …" (order) and "… is …" / "(…)" (shipment) in each language.
 */
import type { Fulfillment, Order } from '@/lib/schemas/order';

type OrderStatus = Order['status'];
type ShipmentStatus = Fulfillment['status'];

const ORDER_STATUS: Record<string, Record<OrderStatus, string>> = {
  en: { open: 'awaiting processing', processing: 'being prepared', shipped: 'shipped', delivered: 'delivered', cancelled: 'cancelled', refunded: 'refunded', on_hold: 'on hold' },
  de: { open: 'eingegangen und wartet auf Bearbeitung', processing: 'in Bearbeitung', shipped: 'versandt', delivered: 'zugestellt', cancelled: 'storniert', refunded: 'erstattet', on_hold: 'zurückgestellt' },
  fr: { open: 'en attente de traitement', processing: 'en cours de préparation', shipped: 'expédiée', delivered: 'livrée', cancelled: 'annulée', refunded: 'remboursée', on_hold: 'en attente' },
  es: { open: 'pendiente de procesar', processing: 'en preparación', shipped: 'enviado', delivered: 'entregado', cancelled: 'cancelado', refunded: 'reembolsado', on_hold: 'en espera' },
};

const SHIPMENT_STATUS: Record<string, Record<ShipmentStatus, string>> = {
  en: { pending: 'awaiting pickup by the carrier', in_transit: 'in transit', out_for_delivery: 'out for delivery', delivered: 'delivered', failure: 'delivery problem reported by the carrier' },
  de: { pending: 'wartet auf Abholung', in_transit: 'unterwegs', out_for_delivery: 'in Zustellung', delivered: 'zugestellt', failure: 'Zustellproblem vom Versanddienstleister gemeldet' },
  fr: { pending: 'en attente de prise en charge', in_transit: 'en transit', out_for_delivery: 'en cours de livraison', delivered: 'livré', failure: 'incident de livraison signalé par le transporteur' },
  es: { pending: 'pendiente de recogida', in_transit: 'en tránsito', out_for_delivery: 'en reparto', delivered: 'entregado', failure: 'incidencia de entrega comunicada por el transportista' },
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
