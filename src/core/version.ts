// The package version, stamped in by the build (vite `define`); "dev" when running from source.
declare const __PT_VERSION__: string | undefined;

export const VERSION: string = typeof __PT_VERSION__ === 'string' ? __PT_VERSION__ : 'dev';
