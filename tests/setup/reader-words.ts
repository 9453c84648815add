// Every unit test reads pages as the command line does: the reader word lists from their data files
// (in the extension, a content script is given them by the background at start).
import '@/lib/sites/reader-words-data';
