// React 18: every prop on a custom element becomes a string attribute and `on…` props are ignored.
// Pass booleans as "present or absent" (guided={false} would become guided="false", which is ON),
// and listen through a ref.
import { useEffect, useRef, useState } from 'react';
import 'pt-explainers/gate-control';

export function PainExplainer({ guided = false }) {
  const ref = useRef(null);
  const [signal, setSignal] = useState(null);
  useEffect(() => {
    const el = ref.current;
    const onChange = (e) => setSignal(e.detail.signal);
    el.addEventListener('pt-gate-change', onChange);
    return () => el.removeEventListener('pt-gate-change', onChange);
  }, []);
  return (
    <section>
      <pt-gate-control ref={ref} pain="70" guided={guided ? '' : undefined} theme="light" />
      <p>Signal reaching the brain: {signal ?? '–'}</p>
    </section>
  );
}
