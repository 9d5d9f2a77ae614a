/** Formatting lives in src/text/ (numbers, dates and figures in the reader's language); kept here for old imports. */
export {
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatSourceShort,
  formatValue,
} from '../text/format.ts';
