// React 19: custom elements are first-class. Props become properties, `on<event-name>` listens.
import { useState } from 'react';
import type {} from 'pt-explainers/jsx/react';
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
