import { runContentScript } from '@/lib/content-script/run';
import { amazonSellerCentral } from '@/lib/sites/amazon-seller-central';
import { AMAZON_SELLER_CENTRAL_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: AMAZON_SELLER_CENTRAL_MATCHES,
  main: (ctx) => runContentScript(ctx, amazonSellerCentral),
});
