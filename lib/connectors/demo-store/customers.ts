/**
 * The demo shop's customers (customers.json). Web customers use reserved example domains; Amazon
 * buyers are known only by the anonymised relay address Amazon gives sellers. Names and street
 * addresses are made up. Checked against a schema so a typo in the data fails the generator with
 * its path. Data only: read by the generator (scripts/generate-demo-store.ts), not by the extension.
 */
import { z } from 'zod';
import type { Address } from '@/lib/schemas/order';
import type { DemoCurrency } from './catalog';
import rows from './customers.json';

export type DemoChannel = 'web' | 'amazon.com' | 'amazon.de' | 'amazon.co.uk';

export interface DemoCustomer {
  name: string;
  email: string;
  channel: DemoChannel;
  currency: DemoCurrency;
  address: Omit<Address, 'name'>;
}

const COUNTRIES = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  DE: 'Germany',
  FR: 'France',
  NL: 'Netherlands',
  IE: 'Ireland',
  AT: 'Austria',
  ES: 'Spain',
  IT: 'Italy',
} as const;

const CustomerRowSchema = z.strictObject({
  name: z.string().min(1),
  email: z.string().email(),
  channel: z.enum(['web', 'amazon.com', 'amazon.de', 'amazon.co.uk']),
  currency: z.enum(['USD', 'EUR', 'GBP', 'CAD']),
  countryCode: z.enum(Object.keys(COUNTRIES) as [keyof typeof COUNTRIES, ...(keyof typeof COUNTRIES)[]]),
  address1: z.string().min(1),
  city: z.string().min(1),
  province: z.string().optional(),
  zip: z.string().min(1),
});

function toCustomer({ address1, city, province, zip, countryCode, ...who }: z.infer<typeof CustomerRowSchema>): DemoCustomer {
  const address = { address1, city, zip, country: COUNTRIES[countryCode], countryCode, ...(province ? { province } : {}) };
  return { ...who, address };
}

export const CUSTOMERS: Record<string, DemoCustomer> = Object.fromEntries(
  Object.entries(z.record(z.string(), CustomerRowSchema).parse(rows)).map(([key, row]) => [key, toCustomer(row)]),
);
