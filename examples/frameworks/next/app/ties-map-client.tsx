'use client';
// <ties-map> in a Next.js client component, through ties-map/react's <TiesMap>: it sets `data`
// and the `onTies*` handlers on the element through a ref, which React's hydration does not do for
// a custom element's props (facebook/react#35446), and it loads the element's code in the browser
// only, so the server render needs no DOM. The `ties-ready` handler marks the page for the test.
import { TiesMap } from 'ties-map/react';
import type { Dataset, TiesSelectEvent } from 'ties-map';
import { useState } from 'react';

function describe({ detail }: TiesSelectEvent): string {
  return detail.actor !== undefined ? detail.actor : detail.ties.join(' ');
}

export function TiesMapClient({ dataset }: { dataset: Dataset }) {
  const [selected, setSelected] = useState('');
  const [ready, setReady] = useState('');
  return (
    <>
      <TiesMap data={dataset} loading="eager" onTiesReady={(event) => setReady(String(event.detail.ties))} onTiesSelect={(event) => setSelected(describe(event))} />
      <output id="selected">{selected}</output>
      <output id="ready">{ready}</output>
    </>
  );
}
