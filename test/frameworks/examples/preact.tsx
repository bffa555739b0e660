/** @jsxImportSource preact */
// Preact: props the element knows become properties, `on<event-name>` listens (the case is kept).
import { useState } from 'preact/hooks';
import type {} from 'pt-explainers/jsx/preact';
import 'pt-explainers/gate-control';

export function PainExplainer({ guided = false }: { guided?: boolean }) {
  const [signal, setSignal] = useState<number | null>(null);
  return (
    <section>
      <pt-gate-control
        pain={70}
        guided={guided}
        theme="light"
        onpt-gate-change={(e) => setSignal(e.detail.signal)}
      />
      <p>Signal reaching the brain: {signal ?? '–'}</p>
    </section>
  );
}
