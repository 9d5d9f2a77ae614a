/** The ties table's and the places table's words. */
import { formatNumber } from '../../data/figure-text.ts';
import { activeLanguage, msg, str } from '../msg.ts';
import { num } from './counting.ts';
import type { Strings } from './shape.ts';

/** The tables' captions, columns and cells; `lang` picks the English point's plain form. */
export function tableWords(lang: string) {
  return {
    tableCaption: (title) =>
      msg(str`${title}: every tie shown on the map, with its figure and sources`, {
        id: 'tableCaption',
      }),
    placesCaption: (borders) =>
      msg(
        str`Where the map draws each actor, and the disputed or occupied areas its shape holds (${borders})`,
        { id: 'placesCaption' },
      ),
    placesColumns: {
      actor: msg('Actor', { id: 'placesColumns.actor' }),
      drawn: msg('Drawn as', { id: 'placesColumns.drawn' }),
      areas: msg('Disputed or occupied areas in its shape', { id: 'placesColumns.areas' }),
    },
    placeShape: msg('its own shape in the base map', { id: 'placeShape' }),
    placePoint: (lon, lat) => {
      const latText = `${formatNumber(Number(Math.abs(lat).toFixed(2)), activeLanguage())}° ${lat < 0 ? msg('S', { id: 'compass.south' }) : msg('N', { id: 'compass.north' })}`;
      const lonText = `${formatNumber(Number(Math.abs(lon).toFixed(2)), activeLanguage())}° ${lon < 0 ? msg('W', { id: 'compass.west' }) : msg('E', { id: 'compass.east' })}`;
      return lang === 'en'
        ? `a point at ${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`
        : msg(str`a point at ${latText}, ${lonText}`, { id: 'placePoint' });
    },
    placeTab: (km, bearing) =>
      msg(str`a tab at the frame's edge: ${num(km)} km away, bearing ${num(bearing)}°`, {
        id: 'placeTab',
      }),
    placeNoArea: msg('none marked', { id: 'placeNoArea' }),
    placeOtherAreas: msg("In no actor's shape", { id: 'placeOtherAreas' }),
    columns: {
      summary: msg('Tie', { id: 'columns.summary' }),
      from: msg('From', { id: 'columns.from' }),
      to: msg('To', { id: 'columns.to' }),
      layer: msg('Layer', { id: 'columns.layer' }),
      figure: msg('Figure', { id: 'columns.figure' }),
      period: msg('Period', { id: 'columns.period' }),
      sources: msg('Sources', { id: 'columns.sources' }),
    },
    noFigure: msg('no figure in the sources', { id: 'noFigure' }),
    tiesShown: (shown, total) =>
      msg(str`${num(shown)} of ${num(total)} ties shown`, { id: 'tiesShown' }),
    tableShowing: (shown, total) =>
      msg(str`The table lists ${num(shown)} of ${num(total)} visible ties.`, {
        id: 'tableShowing',
      }),
    tableMore: (count) => msg(str`Show ${num(count)} more`, { id: 'tableMore' }),
  } satisfies Partial<Strings>;
}
