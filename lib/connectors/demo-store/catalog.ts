/**
 * The demo shop's catalogue: Northwind Goods, home textiles, ceramics and linen apparel.
 * Prices are per currency as a shop with regional price lists sets them (not FX conversions).
 * Data only: read by the generator (scripts/generate-demo-store.ts), not by the extension.
 */

export type DemoCurrency = 'USD' | 'EUR' | 'GBP' | 'CAD';

export interface DemoProduct {
  title: string;
  prices: Record<DemoCurrency, string>;
}

function prices(USD: string, EUR: string, GBP: string, CAD: string): Record<DemoCurrency, string> {
  return { USD, EUR, GBP, CAD };
}

export const CATALOG: Record<string, DemoProduct> = {
  'THR-MER-OAT': { title: 'Merino Wool Throw – Oatmeal', prices: prices('129.00', '125.00', '109.00', '179.00') },
  'THR-MER-CHR': { title: 'Merino Wool Throw – Charcoal', prices: prices('129.00', '125.00', '109.00', '179.00') },
  'CUS-LIN-SAG': { title: 'Linen Cushion Cover – Sage', prices: prices('34.00', '32.00', '28.00', '46.00') },
  'CUS-LIN-TER': { title: 'Linen Cushion Cover – Terracotta', prices: prices('34.00', '32.00', '28.00', '46.00') },
  'DUV-LIN-Q-STN': { title: 'Linen Duvet Cover – Queen – Stone', prices: prices('219.00', '209.00', '185.00', '299.00') },
  'TWL-WFL-NAT': { title: 'Waffle Bath Towel – Natural', prices: prices('38.00', '36.00', '32.00', '52.00') },
  'RUG-WOL-35-CRM': { title: "Hand-Loomed Wool Rug 3'×5' – Cream", prices: prices('189.00', '179.00', '159.00', '259.00') },
  'RUN-COT-IND': { title: 'Cotton Table Runner – Indigo', prices: prices('42.00', '39.00', '35.00', '58.00') },
  'MUG-STN-WHT': { title: 'Stoneware Mug – Speckled White', prices: prices('22.00', '21.00', '18.00', '30.00') },
  'BWL-CER-SND': { title: 'Ceramic Serving Bowl – Sand', prices: prices('58.00', '55.00', '48.00', '79.00') },
  'VAS-CER-ASH': { title: 'Ceramic Bud Vase – Ash Glaze', prices: prices('64.00', '59.00', '52.00', '88.00') },
  'CAR-GLS': { title: 'Mouth-Blown Glass Carafe', prices: prices('45.00', '42.00', '37.00', '62.00') },
  'BRD-OAK': { title: 'Oak Serving Board', prices: prices('48.00', '45.00', '40.00', '66.00') },
  'CND-BWX-HNY': { title: 'Beeswax Pillar Candle – Honey', prices: prices('24.00', '23.00', '20.00', '33.00') },
  'SHT-LIN-S': { title: 'Classic Linen Shirt – Size S', prices: prices('78.00', '75.00', '65.00', '108.00') },
  'SHT-LIN-M': { title: 'Classic Linen Shirt – Size M', prices: prices('78.00', '75.00', '65.00', '108.00') },
  'SHT-LIN-L': { title: 'Classic Linen Shirt – Size L', prices: prices('78.00', '75.00', '65.00', '108.00') },
  'SHT-LIN-XL': { title: 'Classic Linen Shirt – Size XL', prices: prices('78.00', '75.00', '65.00', '108.00') },
  'SWT-MER-NVY-S': { title: 'Merino Crew Sweater – Navy – Size S', prices: prices('112.00', '105.00', '92.00', '155.00') },
  'SWT-MER-NVY-M': { title: 'Merino Crew Sweater – Navy – Size M', prices: prices('112.00', '105.00', '92.00', '155.00') },
  'SWT-MER-NVY-L': { title: 'Merino Crew Sweater – Navy – Size L', prices: prices('112.00', '105.00', '92.00', '155.00') },
  'TEE-ORG-WHT-S': { title: 'Organic Cotton Tee – White – Size S', prices: prices('32.00', '30.00', '26.00', '44.00') },
  'TEE-ORG-WHT-M': { title: 'Organic Cotton Tee – White – Size M', prices: prices('32.00', '30.00', '26.00', '44.00') },
  'TEE-ORG-WHT-L': { title: 'Organic Cotton Tee – White – Size L', prices: prices('32.00', '30.00', '26.00', '44.00') },
  'TEE-ORG-WHT-XL': { title: 'Organic Cotton Tee – White – Size XL', prices: prices('32.00', '30.00', '26.00', '44.00') },
  'PNT-LNG-GRY-M': { title: 'Lounge Pants – Heather Grey – Size M', prices: prices('68.00', '65.00', '56.00', '94.00') },
  'PNT-LNG-GRY-L': { title: 'Lounge Pants – Heather Grey – Size L', prices: prices('68.00', '65.00', '56.00', '94.00') },
  'APR-CAN-OLV': { title: 'Canvas Work Apron – Olive', prices: prices('46.00', '43.00', '38.00', '64.00') },
  'SCF-CSH-CML': { title: 'Cashmere Scarf – Camel', prices: prices('96.00', '92.00', '80.00', '132.00') },
  'BNE-WOL-RST': { title: 'Ribbed Wool Beanie – Rust', prices: prices('29.00', '28.00', '24.00', '40.00') },
  'SOK-ALP-2PK': { title: 'Alpaca Socks – 2 Pack', prices: prices('26.00', '25.00', '22.00', '36.00') },
  'SLP-LTH-9': { title: 'Shearling-Lined Leather Slippers – US 9', prices: prices('88.00', '85.00', '74.00', '122.00') },
  'SLP-LTH-10': { title: 'Shearling-Lined Leather Slippers – US 10', prices: prices('88.00', '85.00', '74.00', '122.00') },
};

/** Flat-rate shipping per currency and the order subtotal from which it is free. */
export const SHIPPING: Record<DemoCurrency, { rate: string; freeFrom: string }> = {
  USD: { rate: '8.95', freeFrom: '100.00' },
  EUR: { rate: '12.00', freeFrom: '150.00' },
  GBP: { rate: '9.00', freeFrom: '120.00' },
  CAD: { rate: '24.00', freeFrom: '200.00' },
};
