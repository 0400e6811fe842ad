/// <reference types="vite/client" />

/** True under the dev server: the kernel's sandbox imports its worker by URL (vite.config.ts). */
declare const __KERNEL_BY_URL__: boolean;
