/** Types of ./bundle.mjs (plain JavaScript: it runs before anything can transpile TypeScript). */
export declare const ROOT: string;
export declare const CACHE: string;
export declare function sourceHash(inputs: readonly string[], root?: string): string;
export declare function freshBundle(cache?: string, root?: string): string | null;
export declare function buildBundle(cache?: string): Promise<string>;
export declare function lazyEventTargets(source: string): string | null;
