import { installReplyInserters } from '@/lib/sites/insert-hook';
import { REPLY_INSERTERS } from '@/lib/sites/reply-inserters';

// Every unit test inserts as a tab does once the page-extras script is injected (lib/sites/insert-hook.ts).
installReplyInserters(() => REPLY_INSERTERS);
