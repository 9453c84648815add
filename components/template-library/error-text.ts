/** An error as a sentence for the agent: storage, subscription and pack errors already carry one. */
export function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong; nothing was changed.';
}
