// Proof that the generated JSX types are enforced (not `any`): each line below must be a type error.
import type {} from 'pt-explainers/jsx/react';

export const wrongTheme = (
  // @ts-expect-error theme accepts only page, auto, light or dark
  <pt-gate-control theme="neon" />
);
export const unknownTag = (
  // @ts-expect-error no such widget
  <pt-gate-controls />
);
export const wrongDetail = (
  // @ts-expect-error the event's detail is typed (a handler for another detail, here { strength }, is refused)
  <pt-gate-control onpt-gate-change={(e: CustomEvent<{ strength: number }>) => e.detail.strength} />
);
