/** The words of a focused actor's panel, an edge's evidence card and what they announce. */
import { msg, str } from '../msg.ts';
import { num, tieCount } from './counting.ts';
import type { Strings } from './shape.ts';

/** The focus panel's, the evidence card's and their announcements' words. */
export function focusWords() {
  return {
    focusActor: (name) => msg(str`Show the ties of ${name}`, { id: 'focusActor' }),
    clearFocus: msg('Show all actors', { id: 'clearFocus' }),
    close: msg('Close', { id: 'close' }),
    previewHint: msg('Click or press Enter for the quotes', { id: 'previewHint' }),
    copyCitation: msg('Copy citation', { id: 'copyCitation' }),
    copied: msg('Citation copied.', { id: 'copied' }),
    copyFailed: msg('Could not copy; select the text instead.', { id: 'copyFailed' }),
    publisherUnknown: msg('publisher unknown', { id: 'publisherUnknown' }),
    dateUnknown: msg('date unknown', { id: 'dateUnknown' }),
    dateNotBefore: (date) => msg(str`date unknown (not before ${date})`, { id: 'dateNotBefore' }),
    ended: (date) => msg(str`ended ${date}`, { id: 'ended' }),
    adversarial: msg('adversarial', { id: 'adversarial' }),
    status: {
      reported: msg('reported', { id: 'status.reported' }),
      planned: msg('planned', { id: 'status.planned' }),
      potential: msg('potential', { id: 'status.potential' }),
    },
    photoCaption: msg('photo caption', { id: 'photoCaption' }),
    quoteTranslation: ({ translator, method, reviewed }) =>
      reviewed === false
        ? msg(
            str`Translation, not part of the source (${method}, by ${translator}; not reviewed).`,
            { id: 'quoteTranslation.unreviewed' },
          )
        : msg(
            str`Translation, not part of the source (${method}, by ${translator}; reviewed by ${reviewed}).`,
            { id: 'quoteTranslation.reviewed' },
          ),
    evidenceButton: msg('Evidence', { id: 'evidenceButton' }),
    edgeLabel: (layer, from, to, ties) =>
      msg(str`${layer}: ${from} to ${to}, ${tieCount(ties)}`, { id: 'edgeLabel' }),
    edgesViaTable: (count, focused) =>
      focused
        ? msg(
            str`${count} edges: too many to step through one by one. Hide a layer, or use the Evidence buttons in the table.`,
            { id: 'edgesViaTable.focused' },
          )
        : msg(
            str`${count} edges: too many to step through one by one. Focus a country to step through its edges, or use the Evidence buttons in the table.`,
            { id: 'edgesViaTable' },
          ),
    focusHeading: (name, ties) => msg(str`${name}: ${tieCount(ties)}`, { id: 'focusHeading' }),
    focusTotals: (ties, units) => {
      const parts = units.map(({ unit, count }) =>
        unit === null
          ? msg(str`${num(count)} without a figure`, { id: 'focusTotals.noFigure' })
          : msg(str`${num(count)} in ${unit}`, { id: 'focusTotals.inUnit' }),
      );
      return msg(str`${tieCount(ties)}: ${parts.join(msg(', ', { id: 'listSeparator' }))}`, {
        id: 'focusTotals',
      });
    },
    focusNone: msg('No ties in the layers shown.', { id: 'focusNone' }),
    focusMore: (ties) => msg(str`Show all ${num(ties)}`, { id: 'focusMore' }),
    focusWithoutFigure: (ties) =>
      msg(str`+ ${tieCount(ties)} without a figure`, { id: 'focusWithoutFigure' }),
    announceLayer: (label, shown, visible) =>
      shown
        ? msg(str`${label} shown; ${num(visible)} ties visible.`, { id: 'announceLayer.shown' })
        : msg(str`${label} hidden; ${num(visible)} ties visible.`, { id: 'announceLayer.hidden' }),
    announceFocus: (name, ties) =>
      msg(str`${name} focused: ${tieCount(ties)}.`, { id: 'announceFocus' }),
    announceFocusCleared: (visible) =>
      msg(str`Focus cleared; ${num(visible)} ties visible.`, { id: 'announceFocusCleared' }),
    announceEvidence: (heading) => msg(str`Evidence: ${heading}.`, { id: 'announceEvidence' }),
    focusFlowTotals: (out, into, apart) => {
      const sums = [
        out === null ? null : msg(str`out ${out}`, { id: 'focusFlowTotals.out' }),
        into === null ? null : msg(str`in ${into}`, { id: 'focusFlowTotals.in' }),
      ]
        .filter(Boolean)
        .join(' · ');
      const total = msg(str`Total ${sums}`, { id: 'focusFlowTotals.total' });
      return apart > 0
        ? msg(str`${total}; ${tieCount(apart)} not in the measure`, { id: 'focusFlowTotals.apart' })
        : total;
    },
  } satisfies Partial<Strings>;
}
