/** The element's own words live in src/text/ (one table per language); kept here for old imports. */
export { statusWord, stringsFor, type Strings } from '../text/strings.ts';
