/**
 * Injected by the panel into the tab on "Report a page read wrong" (never on a page load): installs
 * the redaction and fixture export the tab's content script hands the page to. Kept out of the
 * content scripts, which every page load pays for (lib/content-script/snapshot-hook.ts).
 */
// Its own bundle, beside the content script: it reads with the word lists from their data files.
import '@/lib/sites/reader-words-data';
import { installSnapshotter } from '@/lib/content-script/snapshot-hook';
import { snapshotPage } from '@/lib/content-script/snapshot-page';

export default defineUnlistedScript(() => installSnapshotter(snapshotPage));
