import { describe, expect, it } from 'vitest';
import { OrderSchema } from '@/lib/schemas/order';
import { orderShaped } from '@/lib/suggest/testing/fixtures';

describe('order links accept only http: and https: in the schema itself', () => {
  const order = orderShaped('in-transit');
  const withLinks = (adminUrl: string, trackingUrl: string) => ({ ...order, adminUrl, fulfillments: order.fulfillments.map((f) => ({ ...f, trackingUrl })) });

  it('keeps http and https links', () => {
    expect(OrderSchema.safeParse(withLinks('https://shop.example/wp-admin/post.php?post=1', 'http://track.example/1Z')).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome-extension://abc/options.html', 'vbscript:msgbox'])(
    'refuses %s for adminUrl and trackingUrl, naming the rule',
    (link) => {
      for (const candidate of [withLinks(link, 'https://track.example/1'), withLinks('https://shop.example/', link)]) {
        const parsed = OrderSchema.safeParse(candidate);
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.message).toBe('must be an http: or https: address');
      }
    },
  );
});
