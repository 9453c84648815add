import { installReplyBoxes } from '@/lib/sites/insert-hook';
import { REPLY_BOXES } from '@/lib/sites/reply-boxes';

// Every unit test inserts as a tab does once the page-extras script is injected (lib/sites/insert-hook.ts).
installReplyBoxes(() => REPLY_BOXES);
