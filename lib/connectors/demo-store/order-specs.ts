/**
 * Every order of the demo store, one line each, oldest first. Statuses are as of 2026-11-24.
 * Anchors used by fixture pages and end-to-end tests: #1047 (Emma Schneider, UPS in transit),
 * #1052 (Liam O'Connor, linen shirt size M, delivered 2026-11-20), 114-3941689-8772232 (Sophie
 * Martin, Amazon, USPS in transit) and 305-1234567-7654321 (Daniel Weber, amazon.de, delivered bowl).
 * Data only: read by the generator (scripts/generate-demo-store.ts), not by the extension.
 */
import type { OrderSpec } from './spec';

type Extra = Pick<OrderSpec, 'packages' | 'refund' | 'paymentPending'>;

function o(number: string, customer: string, createdAt: string, status: OrderSpec['status'], items: OrderSpec['items'], extra: Extra = {}): OrderSpec {
  return { number, customer, createdAt, status, items, ...extra };
}

export const WEB_ORDER_SPECS: OrderSpec[] = [
  o('#1001', 'olivia', '2025-10-06T15:22:00Z', 'delivered', { 'THR-MER-CHR': 1 }, { packages: [{ carrier: 'UPS', status: 'delivered' }] }),
  o('#1002', 'noah', '2025-10-14T19:05:00Z', 'delivered', { 'MUG-STN-WHT': 4 }),
  o('#1003', 'isabella', '2025-10-21T13:48:00Z', 'delivered', { 'VAS-CER-ASH': 1, 'CND-BWX-HNY': 2 }),
  o('#1004', 'james', '2025-10-30T22:10:00Z', 'delivered', { 'SCF-CSH-CML': 1 }, { packages: [{ carrier: 'FedEx', status: 'delivered', trackingUrl: false }] }),
  o('#1005', 'charlotte', '2025-11-08T10:31:00Z', 'delivered', { 'CUS-LIN-TER': 2, 'RUN-COT-IND': 1 }),
  o('#1006', 'ava', '2025-11-19T17:54:00Z', 'delivered', { 'DUV-LIN-Q-STN': 1, 'CUS-LIN-SAG': 2 }, { refund: { amount: '34.00', reason: 'One cushion cover arrived with a pulled seam' } }),
  o('#1007', 'olivia', '2025-11-28T08:12:00Z', 'delivered', { 'SWT-MER-NVY-M': 1, 'BNE-WOL-RST': 1 }),
  o('#1008', 'grace', '2025-11-29T14:40:00Z', 'delivered', { 'RUG-WOL-35-CRM': 1 }, { packages: [{ carrier: 'FedEx', status: 'delivered' }] }),
  o('#1009', 'emma', '2025-12-03T20:15:00Z', 'delivered', { 'MUG-STN-WHT': 2, 'BRD-OAK': 1 }),
  o('#1010', 'oliver', '2025-12-09T11:02:00Z', 'delivered', { 'SCF-CSH-CML': 1 }),
  o('#1011', 'hannah', '2025-12-12T16:30:00Z', 'refunded', { 'SLP-LTH-9': 1 }, { refund: { reason: 'Returned: too small' } }),
  o('#1012', 'chloe', '2025-12-15T09:45:00Z', 'delivered', { 'THR-MER-OAT': 1 }),
  o('#1013', 'mason', '2026-01-06T18:20:00Z', 'cancelled', { 'APR-CAN-OLV': 2 }),
  o('#1014', 'isabella', '2026-01-19T12:05:00Z', 'delivered', { 'BWL-CER-SND': 1, 'MUG-STN-WHT': 2 }),
  o('#1015', 'zoe', '2026-02-02T21:44:00Z', 'delivered', { 'TEE-ORG-WHT-M': 3 }),
  o('#1016', 'noah', '2026-02-11T07:58:00Z', 'delivered', { 'TWL-WFL-NAT': 2 }, { packages: [{ carrier: 'USPS', status: 'delivered', trackingUrl: false }] }),
  o('#1017', 'jonas', '2026-02-14T10:10:00Z', 'delivered', { 'CND-BWX-HNY': 3, 'VAS-CER-ASH': 1 }),
  o('#1018', 'olivia', '2026-02-27T15:35:00Z', 'delivered', { 'DUV-LIN-Q-STN': 1 }, { refund: { amount: '40.00', reason: 'Goodwill credit: delivered six days late' } }),
  o('#1019', 'aria', '2026-03-10T19:00:00Z', 'delivered', { 'SHT-LIN-S': 1, 'PNT-LNG-GRY-M': 1 }),
  o('#1020', 'liam', '2026-03-21T13:27:00Z', 'delivered', { 'SWT-MER-NVY-L': 1 }),
  o('#1021', 'samuel', '2026-04-02T16:49:00Z', 'delivered', { 'BRD-OAK': 1, 'CAR-GLS': 1 }),
  o('#1022', 'ruby', '2026-04-15T11:11:00Z', 'refunded', { 'RUG-WOL-35-CRM': 1 }, { packages: [{ carrier: 'UPS', status: 'delivered' }], refund: { reason: 'Returned: colour did not match the photos' } }),
  o('#1023', 'grace', '2026-04-27T09:25:00Z', 'delivered', { 'CUS-LIN-SAG': 4 }),
  o('#1024', 'aoife', '2026-05-08T20:40:00Z', 'delivered', { 'THR-MER-OAT': 1 }),
  o('#1025', 'jack', '2026-05-19T14:03:00Z', 'delivered', { 'SOK-ALP-2PK': 2, 'BNE-WOL-RST': 1 }),
  o('#1026', 'isabella', '2026-05-30T18:18:00Z', 'cancelled', { 'DUV-LIN-Q-STN': 1 }, { refund: { reason: 'Cancelled at the customer’s request before shipping' } }),
  o('#1027', 'benjamin', '2026-06-10T12:52:00Z', 'delivered', { 'APR-CAN-OLV': 1, 'BRD-OAK': 1 }),
  o('#1028', 'mia', '2026-06-22T17:37:00Z', 'delivered', { 'VAS-CER-ASH': 2 }, { packages: [{ carrier: 'FedEx', status: 'delivered' }] }),
  o('#1029', 'leo', '2026-07-03T10:20:00Z', 'delivered', { 'TEE-ORG-WHT-L': 2 }),
  o('#1030', 'olivia', '2026-07-15T22:05:00Z', 'delivered', { 'RUG-WOL-35-CRM': 1, 'MUG-STN-WHT': 4 }, {
    packages: [
      { carrier: 'UPS', status: 'delivered', skus: ['RUG-WOL-35-CRM'] },
      { carrier: 'USPS', status: 'delivered', skus: ['MUG-STN-WHT'], eta: '2026-07-22' },
    ],
  }),
  o('#1031', 'emma', '2026-07-28T08:44:00Z', 'delivered', { 'CUS-LIN-TER': 2, 'CND-BWX-HNY': 1 }),
  o('#1032', 'sanne', '2026-08-08T15:15:00Z', 'delivered', { 'SWT-MER-NVY-M': 1 }),
  o('#1033', 'ava', '2026-08-19T19:50:00Z', 'delivered', { 'TWL-WFL-NAT': 4 }),
  o('#1034', 'caleb', '2026-08-31T11:33:00Z', 'delivered', { 'SHT-LIN-L': 2 }),
  o('#1035', 'oliver', '2026-09-11T13:06:00Z', 'delivered', { 'THR-MER-CHR': 1, 'CUS-LIN-SAG': 1 }, { refund: { amount: '28.00', reason: 'Cushion cover missing from the parcel' } }),
  o('#1036', 'hannah', '2026-09-22T16:41:00Z', 'delivered', { 'BWL-CER-SND': 2 }),
  o('#1037', 'noah', '2026-10-02T09:09:00Z', 'delivered', { 'SCF-CSH-CML': 1 }),
  o('#1038', 'layla', '2026-10-13T20:27:00Z', 'delivered', { 'PNT-LNG-GRY-M': 1, 'SOK-ALP-2PK': 1 }),
  o('#1039', 'chloe', '2026-10-22T14:55:00Z', 'delivered', { 'CUS-LIN-SAG': 2 }),
  o('#1040', 'grace', '2026-10-30T18:02:00Z', 'refunded', { 'SHT-LIN-M': 1 }, { refund: { reason: 'Returned: wrong size' } }),
  o('#1041', 'owen', '2026-11-02T11:48:00Z', 'delivered', { 'BRD-OAK': 1 }),
  o('#1042', 'mason', '2026-11-04T15:20:00Z', 'delivered', { 'THR-MER-OAT': 1, 'CUS-LIN-SAG': 2 }, { packages: [{ carrier: 'UPS', status: 'delivered' }] }),
  o('#1043', 'jonas', '2026-11-06T19:37:00Z', 'delivered', { 'DUV-LIN-Q-STN': 1, 'CND-BWX-HNY': 2 }),
  o('#1044', 'isabella', '2026-11-08T10:15:00Z', 'shipped', { 'RUG-WOL-35-CRM': 1 }, { packages: [{ carrier: 'FedEx', status: 'failure', eta: '2026-11-12' }] }),
  o('#1045', 'nora', '2026-11-10T13:30:00Z', 'delivered', { 'VAS-CER-ASH': 1 }),
  o('#1046', 'zoe', '2026-11-12T21:12:00Z', 'delivered', { 'SWT-MER-NVY-S': 1, 'TEE-ORG-WHT-S': 2 }, { refund: { amount: '20.00', reason: 'Price adjustment: the sweater went on sale the next day' } }),
  o('#1047', 'emma', '2026-11-14T09:41:00Z', 'shipped', { 'THR-MER-OAT': 1, 'CUS-LIN-SAG': 2 }, { packages: [{ carrier: 'UPS', status: 'in_transit', shippedAt: '2026-11-20T17:05:00Z', eta: '2026-11-26' }] }),
  o('#1048', 'david', '2026-11-14T16:03:00Z', 'delivered', { 'MUG-STN-WHT': 4 }),
  o('#1049', 'elijah', '2026-11-15T10:27:00Z', 'delivered', { 'APR-CAN-OLV': 1 }, { packages: [{ carrier: 'USPS', status: 'delivered', trackingUrl: false }] }),
  o('#1050', 'amelia', '2026-11-15T19:49:00Z', 'cancelled', { 'SCF-CSH-CML': 1 }),
  o('#1051', 'ruby', '2026-11-16T08:14:00Z', 'delivered', { 'CND-BWX-HNY': 2 }),
  o('#1052', 'liam', '2026-11-16T13:22:00Z', 'delivered', { 'SHT-LIN-M': 1 }, { packages: [{ carrier: 'USPS', status: 'delivered', eta: '2026-11-20' }] }),
  o('#1053', 'olivia', '2026-11-17T17:45:00Z', 'shipped', { 'RUG-WOL-35-CRM': 1, 'THR-MER-CHR': 1, 'MUG-STN-WHT': 2 }, {
    packages: [
      { carrier: 'UPS', status: 'delivered', skus: ['RUG-WOL-35-CRM'], eta: '2026-11-22' },
      { carrier: 'FedEx', status: 'in_transit', skus: ['THR-MER-CHR'], shippedAt: '2026-11-21T15:30:00Z', eta: '2026-11-25' },
      { carrier: 'USPS', status: 'out_for_delivery', skus: ['MUG-STN-WHT'], shippedAt: '2026-11-19T18:10:00Z', eta: '2026-11-24', trackingUrl: false },
    ],
  }),
  o('#1054', 'lucia', '2026-11-18T12:10:00Z', 'shipped', { 'SHT-LIN-S': 1, 'SCF-CSH-CML': 1 }, { packages: [{ carrier: 'DHL Express', status: 'in_transit', shippedAt: '2026-11-21T09:20:00Z', eta: '2026-11-25' }] }),
  o('#1055', 'harper', '2026-11-18T20:33:00Z', 'shipped', { 'TWL-WFL-NAT': 2, 'CND-BWX-HNY': 1 }, { packages: [{ carrier: 'USPS', status: 'out_for_delivery', shippedAt: '2026-11-20T16:40:00Z', eta: '2026-11-24' }] }),
  o('#1056', 'priya', '2026-11-19T09:58:00Z', 'shipped', { 'THR-MER-OAT': 1 }, { packages: [{ carrier: 'UPS', status: 'in_transit', shippedAt: '2026-11-20T19:00:00Z', eta: '2026-11-26' }] }),
  o('#1057', 'aria', '2026-11-19T15:17:00Z', 'shipped', { 'BWL-CER-SND': 1 }, { packages: [{ carrier: 'FedEx', status: 'out_for_delivery', shippedAt: '2026-11-21T14:45:00Z', eta: '2026-11-24' }] }),
  o('#1058', 'samuel', '2026-11-20T11:40:00Z', 'shipped', { 'CUS-LIN-SAG': 2, 'DUV-LIN-Q-STN': 1 }, { packages: [{ carrier: 'USPS', status: 'in_transit', skus: ['CUS-LIN-SAG'], eta: '2026-11-25' }] }),
  o('#1059', 'jack', '2026-11-21T14:26:00Z', 'shipped', { 'SOK-ALP-2PK': 3 }, { packages: [{ carrier: 'USPS', status: 'in_transit', eta: '2026-11-26', trackingUrl: false }] }),
  o('#1060', 'giulia', '2026-11-21T18:51:00Z', 'shipped', { 'DUV-LIN-Q-STN': 1, 'CUS-LIN-TER': 2 }, {
    packages: [
      { carrier: 'DHL Express', status: 'in_transit', skus: ['DUV-LIN-Q-STN'], eta: '2026-11-26' },
      { carrier: 'UPS', status: 'in_transit', skus: ['CUS-LIN-TER'], eta: '2026-11-27' },
    ],
  }),
  o('#1061', 'lukas', '2026-11-22T10:05:00Z', 'processing', { 'THR-MER-CHR': 1 }, { packages: [{ carrier: 'DHL Express', status: 'pending', eta: '2026-11-27' }] }),
  o('#1062', 'benjamin', '2026-11-22T19:30:00Z', 'on_hold', { 'RUG-WOL-35-CRM': 2 }, { paymentPending: true }),
  o('#1063', 'freya', '2026-11-23T08:47:00Z', 'processing', { 'CUS-LIN-SAG': 2, 'MUG-STN-WHT': 2 }),
  o('#1064', 'ryan', '2026-11-23T16:12:00Z', 'on_hold', { 'SWT-MER-NVY-L': 1 }),
  o('#1065', 'leo', '2026-11-24T07:55:00Z', 'open', { 'SHT-LIN-L': 1, 'TEE-ORG-WHT-L': 1 }),
  o('#1066', 'ethan', '2026-11-24T10:02:00Z', 'open', { 'BNE-WOL-RST': 2, 'SCF-CSH-CML': 1 }),
  o('#1067', 'lucas', '2026-11-24T11:36:00Z', 'open', { 'PNT-LNG-GRY-L': 2 }),
  o('#1068', 'charlotte', '2026-11-24T12:15:00Z', 'open', { 'CUS-LIN-SAG': 2, 'RUN-COT-IND': 1 }),
  // A Korean-speaking customer (the Korean e2e ticket and demo screenshot write about this order).
  o('#1069', 'minji', '2026-11-24T13:40:00Z', 'processing', { 'MUG-STN-WHT': 2, 'BWL-CER-SND': 1 }),
];

export const AMAZON_ORDER_SPECS: OrderSpec[] = [
  o('114-0937264-1182036', 'ashley', '2025-12-18T14:11:00Z', 'delivered', { 'CND-BWX-HNY': 4 }),
  o('203-7719045-5126630', 'thomas', '2026-01-27T18:33:00Z', 'delivered', { 'SCF-CSH-CML': 1 }),
  o('111-2047735-6619840', 'michael', '2026-02-03T02:14:00Z', 'delivered', { 'THR-MER-CHR': 1 }, { packages: [{ carrier: 'UPS', status: 'delivered' }] }),
  o('112-3358907-2240175', 'brian', '2026-03-27T23:51:00Z', 'delivered', { 'BRD-OAK': 1 }, { packages: [{ carrier: 'FedEx', status: 'delivered' }] }),
  o('304-8871526-0391478', 'katrin', '2026-04-11T07:26:00Z', 'delivered', { 'THR-MER-OAT': 1 }),
  o('111-4482660-7031945', 'megan', '2026-05-14T15:02:00Z', 'delivered', { 'VAS-CER-ASH': 1 }),
  o('113-5529018-4410267', 'sophie', '2026-06-18T21:40:00Z', 'delivered', { 'MUG-STN-WHT': 2 }),
  o('112-8830216-0057193', 'michael', '2026-07-09T13:18:00Z', 'refunded', { 'SLP-LTH-10': 1 }, { refund: { reason: 'Returned: item not as described' } }),
  o('112-6617493-3928401', 'tyler', '2026-08-25T04:47:00Z', 'cancelled', { 'RUG-WOL-35-CRM': 1 }),
  o('114-5503128-7712694', 'tyler', '2026-09-02T16:09:00Z', 'delivered', { 'RUG-WOL-35-CRM': 1 }, { packages: [{ carrier: 'UPS', status: 'delivered', trackingUrl: false }] }),
  o('204-6625190-3378051', 'emily', '2026-09-15T10:55:00Z', 'delivered', { 'TEE-ORG-WHT-S': 2 }),
  o('114-9021573-5583319', 'brian', '2026-10-05T19:24:00Z', 'delivered', { 'SHT-LIN-XL': 1, 'TEE-ORG-WHT-XL': 1 }, { refund: { amount: '32.00', reason: 'Tee arrived in the wrong colour; customer kept it' } }),
  o('206-3308871-9902146', 'thomas', '2026-10-28T12:37:00Z', 'delivered', { 'CUS-LIN-TER': 2, 'CND-BWX-HNY': 1 }),
  o('305-1234567-7654321', 'danielw', '2026-11-09T08:12:00Z', 'delivered', { 'BWL-CER-SND': 1 }, { packages: [{ carrier: 'DHL Express', status: 'delivered', eta: '2026-11-13' }] }),
  o('302-5560193-2847715', 'katrin', '2026-11-18T17:03:00Z', 'shipped', { 'CUS-LIN-SAG': 2 }, { packages: [{ carrier: 'DHL Express', status: 'in_transit', shippedAt: '2026-11-21T10:15:00Z', eta: '2026-11-25' }] }),
  o('114-3941689-8772232', 'sophie', '2026-11-19T20:14:00Z', 'shipped', { 'CUS-LIN-TER': 2, 'TWL-WFL-NAT': 1 }, { packages: [{ carrier: 'USPS', status: 'in_transit', shippedAt: '2026-11-21T15:50:00Z', eta: '2026-11-25' }] }),
  o('113-7715320-9904418', 'ashley', '2026-11-20T03:29:00Z', 'shipped', { 'APR-CAN-OLV': 1 }, { packages: [{ carrier: 'UPS', status: 'out_for_delivery', shippedAt: '2026-11-20T22:00:00Z', eta: '2026-11-24' }] }),
  o('111-6402981-3375520', 'michael', '2026-11-21T09:44:00Z', 'open', { 'TWL-WFL-NAT': 2 }),
  o('202-9914736-0042587', 'emily', '2026-11-22T20:08:00Z', 'processing', { 'SCF-CSH-CML': 1 }),
  o('113-0259814-8846623', 'megan', '2026-11-23T06:57:00Z', 'open', { 'BWL-CER-SND': 2 }, { paymentPending: true }),
];
