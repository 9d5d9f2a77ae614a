// <ties-map> in React 19: the dataset comes from state (React sets it as the `data` property) and
// `onties-select` is typed by ties-map/react. dataset.json is data/azerbaijan-israel-usa.json,
// copied in by examples/frameworks/test.ts.
import 'ties-map';
import type {} from 'ties-map/react';
import type { TiesSelectEvent } from 'ties-map';
import { useState } from 'react';
import dataset from './dataset.json';

function describe(event: TiesSelectEvent): string {
  const { detail } = event;
  return detail.actor !== undefined ? detail.actor : detail.ties.join(' ');
}

export function App() {
  const [data] = useState<unknown>(dataset);
  const [selected, setSelected] = useState('');
  return (
    <main>
      <ties-map data={data} loading="eager" onties-select={(event) => setSelected(describe(event))}></ties-map>
      <output id="selected">{selected}</output>
    </main>
  );
}
