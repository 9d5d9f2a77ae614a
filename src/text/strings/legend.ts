/**
 * The legend's words: the keys, each layer's measure, the credit line and the crowded layers'
 * line.
 */
import { msg, str } from '../msg.ts';
import { num } from './counting.ts';
import type { Strings } from './shape.ts';

/** The legend's, the scene key's and the credit line's words. */
export function legendWords() {
  return {
    legendDirection: msg('Arrow: direction (supplier → recipient, actor → target)', {
      id: 'legendDirection',
    }),
    legendNoFigure: msg('Dashed: no figure in the sources', { id: 'legendNoFigure' }),
    legendAdversarial: msg('Hollow, barred arrow: adversarial (sanctions, hostility)', {
      id: 'legendAdversarial',
    }),
    legendWidths: msg(
      'Line width shows one measure per layer, from zero; other figures draw thin and are written on the line:',
      { id: 'legendWidths' },
    ),
    legendTentative: msg('Dotted, lighter: planned or potential', { id: 'legendTentative' }),
    sceneKey: msg('Key to this scene', { id: 'sceneKey' }),
    keyDirection: msg('Arrow: direction', { id: 'keyDirection' }),
    keyShort: {
      'no-figure': msg('Dashed: no figure', { id: 'keyShort.noFigure' }),
      adversarial: msg('Hollow: adversarial', { id: 'keyShort.adversarial' }),
      tentative: msg('Dotted: planned or potential', { id: 'keyShort.tentative' }),
      borders: msg('Hatched or ringed: disputed or occupied', { id: 'keyShort.borders' }),
    },
    legendMeasure: (layer, label, unit, inferred, tentative = false) =>
      (inferred
        ? msg(str`${layer}: ${unit} (no measure declared: the unit most of its figures carry)`, {
            id: 'legendMeasure.inferred',
          })
        : label.includes(unit)
          ? msg(str`${layer}: ${label}`, { id: 'legendMeasure.label' })
          : msg(str`${layer}: ${label} (${unit})`, { id: 'legendMeasure.labelUnit' })) +
      (tentative ? msg(', planned or potential figures', { id: 'legendMeasure.tentative' }) : ''),
    dataAsOf: (date) => msg(str`Data as of ${date}`, { id: 'dataAsOf' }),
    baseMapCredit: msg('Base map: Natural Earth', { id: 'baseMapCredit' }),
    bordersCredit: (worldview) =>
      worldview === 'un'
        ? msg('Borders: UN view (Crimea: Ukraine)', { id: 'bordersCredit.un' })
        : msg('Borders: de facto', { id: 'bordersCredit.deFacto' }),
    legendBorders: msg('Hatched or ringed: disputed or occupied:', { id: 'legendBorders' }),
    topFlows: (layer, drawn, receded, ties, all) =>
      all
        ? msg(str`${layer}: all ${num(drawn + receded)} edges drawn in full.`, {
            id: 'topFlows.all',
          })
        : receded === 1
          ? msg(
              str`${layer}: the ${num(drawn)} largest in the measure drawn in full; + ${num(ties)} smaller ${ties === 1 ? msg('tie', { id: 'tieWord.one' }) : msg('ties', { id: 'tieWord.other' })} in view, faint (${num(receded)} edge, no labels).`,
              { id: 'topFlows.oneEdge' },
            )
          : msg(
              str`${layer}: the ${num(drawn)} largest in the measure drawn in full; + ${num(ties)} smaller ${ties === 1 ? msg('tie', { id: 'tieWord.one' }) : msg('ties', { id: 'tieWord.other' })} in view, faint (${num(receded)} edges, no labels).`,
              { id: 'topFlows' },
            ),
    showAllFlows: msg('Show all', { id: 'showAllFlows' }),
    showTopFlows: msg('Largest first', { id: 'showTopFlows' }),
    legendTotals: (layer, largest) =>
      msg(
        str`Circle area: an actor's ${layer} total, out and in, in the measure (largest ${largest}).`,
        { id: 'legendTotals' },
      ),
  } satisfies Partial<Strings>;
}
