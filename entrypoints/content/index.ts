import { CONTENT_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  main() {},
});
