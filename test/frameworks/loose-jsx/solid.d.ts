// What an app writes without the kit: the tag declared, any props accepted (test of type-guards-*.tsx).
// Solid's JSX namespace lives in solid-js/jsx-runtime (what `jsxImportSource` loads).
declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements {
      'pt-gate-control': any; // eslint-disable-line @typescript-eslint/no-explicit-any
    }
  }
}
export {};
