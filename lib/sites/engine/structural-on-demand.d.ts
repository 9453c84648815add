// Defined (true) by the build for each site's content script only (wxt.config.ts, ./structural-source.ts).
interface ImportMetaEnv {
  readonly STRUCTURAL_ON_DEMAND?: boolean;
}
