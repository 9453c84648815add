/** A CLI command: gets its arguments, writes to stdout/stderr, resolves to the exit code. */
export type CliCommand = (args: string[]) => Promise<number>;
