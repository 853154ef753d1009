/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The app code's build id (vite.config.ts; scripts/lib/build-id.ts). */
  readonly SAHIFA_BUILD_ID?: string;
}
