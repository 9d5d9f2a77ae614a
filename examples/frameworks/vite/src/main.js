// The plain consumer: import the package, listen for its events. The dataset is a static file in
// public/ (examples/frameworks/test.ts copies data/azerbaijan-israel-usa.json there).
import 'ties-map';

document.querySelector('ties-map').addEventListener('ties-select', (event) => {
  const { detail } = event;
  document.getElementById('selected').textContent = detail.actor !== undefined ? detail.actor : detail.ties.join(' ');
});
