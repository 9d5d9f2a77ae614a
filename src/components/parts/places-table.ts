/**
 * The table of actors' places (scene/places-table.ts) under the ties table: where the map draws
 * each actor and the disputed or occupied areas its shape holds, in the words of the legend.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Scene } from '../../scene/types.ts';
import { placesTable, type PlaceDrawn } from '../../scene/places-table.ts';
import type { Strings } from '../../text/strings.ts';

function drawnAs(drawn: PlaceDrawn, s: Strings): string {
  if (drawn.kind === 'shape') return s.placeShape;
  if (drawn.kind === 'point') return s.placePoint(drawn.at[0], drawn.at[1]);
  return s.placeTab(drawn.km, drawn.bearing);
}

export function renderPlacesTable(options: { scene: Scene; strings: Strings }): TemplateResult {
  const { scene, strings: s } = options;
  const { rows, otherAreas } = placesTable(scene);
  const worldview = scene.legend.borders.worldview;
  const status = (id: keyof Strings['borderAreas']): string => s.borderAreas[id].status[worldview];
  const c = s.placesColumns;
  return html`<table part="places-table">
    <caption>${s.placesCaption(s.bordersCredit(worldview))}</caption>
    <thead><tr><th scope="col">${c.actor}</th><th scope="col">${c.drawn}</th><th scope="col">${c.areas}</th></tr></thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr data-place-of=${row.actor}>
        <th scope="row"><bdi>${row.name}</bdi></th>
        <td>${drawnAs(row.drawn, s)}</td>
        <td>${row.areas.length === 0 ? s.placeNoArea : row.areas.map((id) => html`<div data-area=${id}>${status(id)}</div>`)}</td>
      </tr>`,
      )}
      ${
        otherAreas.length === 0
          ? nothing
          : html`<tr data-place-of="">
        <th scope="row">${s.placeOtherAreas}</th><td></td>
        <td>${otherAreas.map((id) => html`<div data-area=${id}>${status(id)}</div>`)}</td>
      </tr>`
      }
    </tbody>
  </table>`;
}
