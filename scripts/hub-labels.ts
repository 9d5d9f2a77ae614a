/**
 * Prints, per view and renderer on the shipped map, each hub actor's label-to-anchor distance
 * (px from the anchor to the label box), whether it has a leader, and the arrowheads' median gap
 * to their recipients (the placement audit's arrivalGaps). Run: npx tsx scripts/hub-labels.ts
 */
import {
  arrivalGaps,
  htmlDrawn,
  loadFixture,
  svgDrawn,
  VIEWS,
} from '../tests/unit/scene/placement.ts';

const HUBS = ['AZE', 'ARM', 'ISR', 'PS-GZA', 'SYR', 'ISF'];
const dataset = loadFixture('shipped');
let near = 0,
  total = 0,
  sum = 0;
const views = VIEWS.filter((v) => v.name !== 'article');
console.log(`view        renderer ${HUBS.map((h) => h.padEnd(9)).join(' ')} median max`);
for (const view of views) {
  for (const [name, drawn] of [
    ['html', htmlDrawn],
    ['svg', svgDrawn],
  ] as const) {
    const d = drawn(dataset, view);
    const cells = HUBS.map((id) => {
      const actor = d.scene.actors.find((a) => a.id === id);
      const label = d.labels.find((l) => l.id === id);
      if (!actor || !label) return '—'.padEnd(9);
      const p = d.project(actor.anchor);
      total++;
      const b = label.box;
      const dx = Math.max(b.left - p.x, 0, p.x - (b.left + b.width));
      const dy = Math.max(b.top - p.y, 0, p.y - (b.top + b.height));
      const away = Math.hypot(dx, dy);
      sum += away;
      if (away <= 12) near++;
      return `${Math.round(away)}${label.leader ? 'L' : ''}`.padEnd(9);
    });
    const gaps = arrivalGaps(d)
      .map((g) => g.gap)
      .sort((a, b) => a - b);
    const median = gaps[gaps.length >> 1] ?? 0;
    console.log(
      `${view.name.padEnd(11)} ${name.padEnd(8)} ${cells.join(' ')} ${Math.round(median)}     ${Math.round(gaps.at(-1) ?? 0)}`,
    );
  }
}
console.log(
  `hub labels within 12 px: ${near} of ${total}; mean distance ${Math.round(sum / total)} px`,
);
