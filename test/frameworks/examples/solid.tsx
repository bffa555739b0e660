/** @jsxImportSource solid-js */
// Solid: `prop:` sets a property, `on:` adds a listener for the exact event name; plain names are attributes.
import { createSignal } from 'solid-js';
import type {} from 'pt-explainers/jsx/solid';
import 'pt-explainers/gate-control';

export function PainExplainer(props: { guided?: boolean }) {
  const [signal, setSignal] = createSignal<number | null>(null);
  return (
    <section>
      <pt-gate-control
        prop:pain={70}
        prop:guided={props.guided ?? false}
        theme="light"
        on:pt-gate-change={(e) => setSignal(e.detail.signal)}
      />
      <p>Signal reaching the brain: {signal() ?? '–'}</p>
    </section>
  );
}
