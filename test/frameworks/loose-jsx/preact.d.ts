// What an app writes without the kit: the tag declared, any props accepted (test of type-guards-*.tsx).
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'pt-gate-control': any; // eslint-disable-line @typescript-eslint/no-explicit-any
    }
  }
}
export {};
