'use client';
// <ties-map> in a Next.js client component. On the server, `import 'ties-map'` resolves to the
// package's DOM-free entry (it defines nothing); in the browser it registers the element.
// The dataset and the listener go through a ref: React 19 can drop custom-element listeners
// attached while it hydrates (facebook/react#35446), and an effect runs once the element exists.
import 'ties-map';
import type {} from 'ties-map/react';
import type { Dataset, TiesMapElement, TiesSelectEvent } from 'ties-map';
import { useEffect, useRef, useState } from 'react';

export function TiesMapClient({ dataset }: { dataset: Dataset }) {
  const ref = useRef<TiesMapElement>(null);
  const [selected, setSelected] = useState('');
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    element.data = dataset;
    const onSelect = ({ detail }: TiesSelectEvent) => setSelected(detail.actor !== undefined ? detail.actor : detail.ties.join(' '));
    element.addEventListener('ties-select', onSelect);
    return () => element.removeEventListener('ties-select', onSelect);
  }, [dataset]);
  return (
    <>
      <ties-map ref={ref} loading="eager"></ties-map>
      <output id="selected">{selected}</output>
    </>
  );
}
