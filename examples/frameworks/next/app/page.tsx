// A server component: it validates the dataset with ties-map/data (no DOM needed) and hands the
// parsed object to the client component that draws it. dataset.json is
// data/azerbaijan-israel-usa.json, copied in by examples/frameworks/test.ts.
import { parseDataset } from 'ties-map/data';
import json from './dataset.json';
import { TiesMapClient } from './ties-map-client';

export default function Page() {
  const { dataset, errors } = parseDataset(json);
  if (!dataset) return <p role="alert">{errors.map((e) => `${e.path}: ${e.message}`).join('; ')}</p>;
  return (
    <main>
      <h1>{dataset.title}</h1>
      <TiesMapClient dataset={dataset} />
    </main>
  );
}
