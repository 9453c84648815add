import { runContentScript } from '@/lib/content-script/run';
import { amazonSellerCentralList } from '@/lib/sites/lists/amazon-seller-central-list';
import { amazonSellerCentral } from '@/lib/sites/amazon-seller-central';
import { AMAZON_SELLER_CENTRAL_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: AMAZON_SELLER_CENTRAL_MATCHES,
  main: (ctx) => runContentScript(ctx, amazonSellerCentral, { list: amazonSellerCentralList }),
});
