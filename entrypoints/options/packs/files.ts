/** Reading a file the agent picked and saving one they asked for, in the options page. */
import { assertFileSize } from '@/lib/packs/safe-json';

/** Refuses a huge file by its size before reading a byte of it. */
export async function readPickedFile(file: File): Promise<string> {
  assertFileSize(file.size);
  return file.text();
}

/** Lets the browser download `text` as `fileName` (no downloads permission needed). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
