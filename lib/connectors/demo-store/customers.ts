/**
 * The demo shop's customers. Web customers use reserved example domains; Amazon buyers are known
 * only by the anonymised relay address Amazon gives sellers. Names and street addresses are made up.
 * Data only: read by the generator (scripts/generate-demo-store.ts), not by the extension.
 */
import type { Address } from '@/lib/schemas/order';
import type { DemoCurrency } from './catalog';

export type DemoChannel = 'web' | 'amazon.com' | 'amazon.de' | 'amazon.co.uk';

export interface DemoCustomer {
  name: string;
  email: string;
  channel: DemoChannel;
  currency: DemoCurrency;
  address: Omit<Address, 'name'>;
}

type Where = [address1: string, city: string, province: string | undefined, zip: string];
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
type CountryCode = keyof typeof COUNTRIES;

function customer(
  name: string,
  email: string,
  channel: DemoChannel,
  currency: DemoCurrency,
  countryCode: CountryCode,
  [address1, city, province, zip]: Where,
): DemoCustomer {
  const address = { address1, city, zip, country: COUNTRIES[countryCode], countryCode, ...(province ? { province } : {}) };
  return { name, email, channel, currency, address };
}

const web = (name: string, email: string, countryCode: CountryCode, currency: DemoCurrency, where: Where) =>
  customer(name, email, 'web', currency, countryCode, where);
const us = (name: string, email: string, where: Where) => web(name, email, 'US', 'USD', where);

export const CUSTOMERS: Record<string, DemoCustomer> = {
  emma: us('Emma Schneider', 'emma.schneider@example.com', ['2218 NE Alberta St', 'Portland', 'OR', '97211']),
  liam: us("Liam O'Connor", 'liam.oconnor@example.net', ['41 Pinckney St, Apt 3', 'Boston', 'MA', '02114']),
  olivia: us('Olivia Bennett', 'olivia.bennett@example.com', ['1907 Kenwood Ave', 'Austin', 'TX', '78704']),
  noah: us('Noah Kim', 'noah.kim@example.org', ['5512 Ballard Ave NW', 'Seattle', 'WA', '98107']),
  ava: us('Ava Patel', 'ava.patel@example.com', ['3340 N Southport Ave', 'Chicago', 'IL', '60657']),
  mason: us('Mason Rivera', 'mason.rivera@example.net', ['780 S Pearl St', 'Denver', 'CO', '80209']),
  isabella: us('Isabella Rossi', 'isabella.rossi@example.com', ['212 E 19th St, Apt 5B', 'New York', 'NY', '10003']),
  ethan: us('Ethan Brooks', 'ethan.brooks@example.com', ['918 Highland Ave NE', 'Atlanta', 'GA', '30306']),
  mia: us('Mia Johansson', 'mia.johansson@example.org', ['4127 Lyndale Ave S', 'Minneapolis', 'MN', '55409']),
  lucas: us('Lucas Oliveira', 'lucas.oliveira@example.com', ['1450 Brickell Bay Dr, Unit 1204', 'Miami', 'FL', '33131']),
  harper: us('Harper Nguyen', 'harper.nguyen@example.com', ['875 Willow St', 'San Jose', 'CA', '95125']),
  james: us('James Whitfield', 'j.whitfield@example.net', ['63 Tradd St', 'Charleston', 'SC', '29401']),
  benjamin: us('Benjamin Carter', 'ben.carter@example.com', ['2604 Fairmount St', 'Dallas', 'TX', '75201']),
  grace: us('Grace Thompson', 'grace.thompson@example.org', ['17 Elm Rock Rd', 'Bronxville', 'NY', '10708']),
  david: us('David Okafor', 'david.okafor@example.com', ['4701 Spruce St', 'Philadelphia', 'PA', '19139']),
  zoe: us('Zoe Martinez', 'zoe.martinez@example.net', ['1218 Guadalupe St', 'Santa Fe', 'NM', '87505']),
  samuel: us('Samuel Green', 'sam.green@example.com', ['309 Fayetteville St', 'Raleigh', 'NC', '27601']),
  hannah: us('Hannah Fischer', 'hannah.fischer@example.com', ['2231 Ridge Rd', 'Madison', 'WI', '53705']),
  caleb: us('Caleb Wright', 'caleb.wright@example.org', ['508 W Main St', 'Bozeman', 'MT', '59715']),
  layla: us('Layla Hassan', 'layla.hassan@example.com', ['6120 Orchard Lake Rd', 'West Bloomfield', 'MI', '48322']),
  owen: us('Owen Murphy', 'owen.murphy@example.net', ['77 Congress St', 'Portland', 'ME', '04101']),
  nora: us('Nora Lindqvist', 'nora.lindqvist@example.com', ['1334 Grand Ave', 'St. Paul', 'MN', '55105']),
  elijah: us('Elijah Scott', 'elijah.scott@example.com', ['2910 Magazine St', 'New Orleans', 'LA', '70115']),
  aria: us('Aria Chen', 'aria.chen@example.org', ['455 Valencia St, Apt 2', 'San Francisco', 'CA', '94103']),
  jack: us('Jack Sullivan', 'jack.sullivan@example.com', ['1021 Oak Park Ave', 'Oak Park', 'IL', '60302']),
  ruby: us('Ruby Alvarez', 'ruby.alvarez@example.net', ['3802 N 16th St', 'Phoenix', 'AZ', '85016']),
  minji: us('박민지', 'minji.park@example.com', ['3020 W 8th St, Apt 412', 'Los Angeles', 'CA', '90005']),
  leo: us('Leo Fitzgerald', 'leo.fitzgerald@example.com', ['26 Kent St', 'Brooklyn', 'NY', '11222']),
  charlotte: web('Charlotte Dubois', 'charlotte.dubois@example.com', 'FR', 'EUR', ['14 rue de la Charité', 'Lyon', undefined, '69002']),
  jonas: web('Jonas Becker', 'jonas.becker@example.com', 'DE', 'EUR', ['Türkenstraße 52', 'München', 'Bayern', '80799']),
  sanne: web('Sanne de Vries', 'sanne.devries@example.com', 'NL', 'EUR', ['Oudegracht 118', 'Utrecht', undefined, '3511 AX']),
  aoife: web('Aoife Byrne', 'aoife.byrne@example.com', 'IE', 'EUR', ['9 Harcourt Terrace', 'Dublin', 'Dublin', 'D02 F298']),
  lukas: web('Lukas Gruber', 'lukas.gruber@example.net', 'AT', 'EUR', ['Neubaugasse 31', 'Wien', undefined, '1070']),
  lucia: web('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'EUR', ['Calle de Ponzano 45', 'Madrid', 'Madrid', '28003']),
  giulia: web('Giulia Conti', 'giulia.conti@example.org', 'IT', 'EUR', ['Via Tortona 27', 'Milano', 'MI', '20144']),
  oliver: web('Oliver Hughes', 'oliver.hughes@example.com', 'GB', 'GBP', ['58 Burton Road', 'Manchester', undefined, 'M20 3ED']),
  amelia: web('Amelia Clarke', 'amelia.clarke@example.com', 'GB', 'GBP', ['12 Marchmont Crescent', 'Edinburgh', undefined, 'EH9 1HN']),
  freya: web('Freya Walsh', 'freya.walsh@example.net', 'GB', 'GBP', ['3 Cotham Vale', 'Bristol', undefined, 'BS6 6HS']),
  chloe: web('Chloé Tremblay', 'chloe.tremblay@example.com', 'CA', 'CAD', ['4520 rue Saint-Denis', 'Montréal', 'QC', 'H2J 2L3']),
  ryan: web('Ryan MacDonald', 'ryan.macdonald@example.com', 'CA', 'CAD', ['1559 Barrington St', 'Halifax', 'NS', 'B3J 1Z7']),
  priya: web('Priya Sharma', 'priya.sharma@example.org', 'CA', 'CAD', ['88 Harbord St', 'Toronto', 'ON', 'M5S 1G5']),
  sophie: customer('Sophie Martin', '8k2mzq7xl4vb1rd@marketplace.amazon.com', 'amazon.com', 'USD', 'US', [
    '1187 Neil Ave',
    'Columbus',
    'OH',
    '43201',
  ]),
  michael: customer('Michael Turner', 'hv3k9wq2p7lmz4x@marketplace.amazon.com', 'amazon.com', 'USD', 'US', [
    '402 Maple Grove Dr',
    'Franklin',
    'TN',
    '37064',
  ]),
  ashley: customer('Ashley Morgan', 'q5t8rn2wz6ck1jd@marketplace.amazon.com', 'amazon.com', 'USD', 'US', [
    '2755 Sunset Blvd',
    'Sacramento',
    'CA',
    '95818',
  ]),
  brian: customer('Brian Foster', 'm1x4pd9gk7vs3qe@marketplace.amazon.com', 'amazon.com', 'USD', 'US', [
    '610 Lincoln Way',
    'Ames',
    'IA',
    '50010',
  ]),
  megan: customer('Megan Hall', 'z2w7bc5nq8yh4tf@marketplace.amazon.com', 'amazon.com', 'USD', 'US', [
    '93 Chestnut Hill Ave',
    'Providence',
    'RI',
    '02906',
  ]),
  tyler: customer('Tyler Reed', 'p9r3kx6mv1dl8wa@marketplace.amazon.com', 'amazon.com', 'USD', 'US', [
    '1840 Mission Ridge Rd',
    'Boise',
    'ID',
    '83702',
  ]),
  danielw: customer('Daniel Weber', 'd7x9q2mf5ztr3kp@marketplace.amazon.com', 'amazon.de', 'EUR', 'DE', [
    'Eppendorfer Weg 211',
    'Hamburg',
    undefined,
    '20253',
  ]),
  katrin: customer('Katrin Vogel', 'f4n8jt1qc6xw9mb@marketplace.amazon.com', 'amazon.de', 'EUR', 'DE', [
    'Schillerstraße 17',
    'Leipzig',
    'Sachsen',
    '04109',
  ]),
  thomas: customer('Thomas Evans', 'c8v2hz5rk3nq7py@marketplace.amazon.com', 'amazon.co.uk', 'GBP', 'GB', [
    '27 Pembroke Road',
    'Cardiff',
    undefined,
    'CF5 1HJ',
  ]),
  emily: customer('Emily Shaw', 'w6d1ms9tb4xk2gr@marketplace.amazon.com', 'amazon.co.uk', 'GBP', 'GB', [
    '140 Kirkstall Lane',
    'Leeds',
    undefined,
    'LS5 3BQ',
  ]),
};
