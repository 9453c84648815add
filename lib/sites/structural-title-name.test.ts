import { describe, expect, it } from 'vitest';
import { customerFromTitle } from './structural-title-name';

const unnamed = [{ author: {} }, { author: {} }];

describe('customerFromTitle', () => {
  it('takes a member handle, a person name or a CJK name as the other party', () => {
    expect(customerFromTitle('seoyeon_kim88', unnamed)).toEqual({ name: 'seoyeon_kim88' });
    expect(customerFromTitle('@harpern', unnamed)).toEqual({ name: 'harpern' });
    expect(customerFromTitle('Élodie Marchand', unnamed)).toEqual({ name: 'Élodie Marchand' });
    expect(customerFromTitle('김서연', unnamed)).toEqual({ name: '김서연' });
    expect(customerFromTitle('Marit van der Linden', unnamed)).toEqual({ name: 'Marit van der Linden' });
    expect(customerFromTitle('Inês da Costa', unnamed)).toEqual({ name: 'Inês da Costa' });
  });

  it('leaves subjects, order numbers and named messages alone', () => {
    expect(customerFromTitle('Where is my order?', unnamed)).toBeNull();
    expect(customerFromTitle('Order 14-12220-77410', unnamed)).toBeNull();
    expect(customerFromTitle('12345678', unnamed)).toBeNull();
    expect(customerFromTitle('parcel arrived damaged', unnamed)).toBeNull();
    expect(customerFromTitle('Parcel van Damaged Goods today', unnamed)).toBeNull();
    expect(customerFromTitle('seoyeon_kim88', [{ author: { name: 'Seoyeon' } }])).toBeNull();
  });
});
