/** @jsxImportSource preact */
// Proof that the generated Preact JSX types are enforced: each line under a @ts-expect-error must be a type error.
import type {} from 'pt-explainers/jsx/preact';

export const wrongTheme = (
  // @ts-expect-error theme accepts only page, auto, light or dark
  <pt-gate-control theme="neon" />
);
export const wrongHandler = (
  // @ts-expect-error pt-gate-change passes an Event, not a number
  <pt-gate-control onpt-gate-change={(signal: number) => signal + 1} />
);
export const wrongDetail = (
  // @ts-expect-error the event's detail is typed (a handler for another detail, here { strength }, is refused)
  <pt-gate-control onpt-gate-change={(e: CustomEvent<{ strength: number }>) => e.detail.strength} />
);
