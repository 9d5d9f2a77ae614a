/** What the element says when a dataset cannot load or an attribute names what it cannot honour. */
import { activeLanguage, msg, str } from '../msg.ts';
import { num } from './counting.ts';
import type { Strings } from './shape.ts';

// Limits in messages read as set: two significant digits, so 0.004 s is not "0 s" nor 20 MB "20.0 MB".
const roughFormats = new Map<string, Intl.NumberFormat>();
function roughly(value: number): string {
  const lang = activeLanguage();
  let format = roughFormats.get(lang);
  if (!format)
    roughFormats.set(
      lang,
      (format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, {
        maximumSignificantDigits: 2,
      })),
    );
  return format.format(value);
}

function attributeProblem(
  attribute: string,
  value: string,
  meant: string | null,
  known: string[],
): string {
  const list = known.join(', ');
  if (attribute === 'as-of')
    return msg(
      str`as-of="${value}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day); showing all dates.`,
      { id: 'attributeProblem.asOf' },
    );
  if (attribute === 'min')
    return msg(str`min="${value}" is not a number of zero or more; no minimum figure applies.`, {
      id: 'attributeProblem.min',
    });
  if (attribute === 'status' || attribute === 'stance' || attribute === 'direction')
    return msg(str`${attribute}: "${value}" is not one of ${list}; it filters nothing.`, {
      id: 'attributeProblem.filter',
    });
  if (attribute === 'worldview')
    return msg(
      str`worldview="${value}" is not a view of borders this map knows (${list}); showing the de facto view.`,
      { id: 'attributeProblem.worldview' },
    );
  if (attribute === 'group')
    return msg(str`group="${value}" is not one of ${list}; actors are not grouped.`, {
      id: 'attributeProblem.group',
    });
  if (attribute === 'story')
    return msg(
      'story is set, but the page has no section with a data-ties-scene attribute for this map (data-ties-map names the map where several share the page); the map keeps its view as the reader scrolls.',
      { id: 'attributeProblem.story' },
    );
  if (attribute === 'renderer' || attribute === 'theme' || attribute === 'flows') {
    const choices = msg(str`${known.slice(0, -1).join(', ')} or ${known.at(-1) ?? ''}`, {
      id: 'attributeProblem.choices',
    });
    const guess = meant
      ? msg(str`; did you mean "${meant}"? (values are case-sensitive)`, {
          id: 'attributeProblem.meantValue',
        })
      : '';
    if (attribute === 'flows')
      return msg(str`flows="${value}" is not ${choices}${guess}; drawing the largest first.`, {
        id: 'attributeProblem.flows',
      });
    return attribute === 'renderer'
      ? msg(str`renderer="${value}" is not ${choices}${guess}; drawing as auto.`, {
          id: 'attributeProblem.renderer',
        })
      : msg(
          str`theme="${value}" is not ${choices}${guess}; following the reader's colour scheme.`,
          { id: 'attributeProblem.theme' },
        );
  }
  const what =
    attribute === 'layers'
      ? msg('a layer', { id: 'attributeProblem.aLayer' })
      : attribute === 'focus'
        ? msg('an actor', { id: 'attributeProblem.anActor' })
        : attribute === 'source'
          ? msg('a source', { id: 'attributeProblem.aSource' })
          : msg('a scene', { id: 'attributeProblem.aScene' });
  const hint = meant
    ? msg(str`; did you mean "${meant}"? (ids are case-sensitive)`, {
        id: 'attributeProblem.meantId',
      })
    : known.length > 0
      ? msg(str`; known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`, {
          id: 'attributeProblem.known',
        })
      : '';
  return msg(str`${attribute}: "${value}" is not ${what} of this dataset${hint}.`, {
    id: 'attributeProblem.notInDataset',
  });
}
/** The loading problems' and the attribute problems' words. */
export function problemWords() {
  return {
    fetchFailed: (url, reason) =>
      msg(str`Could not load the dataset from ${url}: ${reason}.`, { id: 'fetchFailed' }),
    parserUnavailable: (reason) =>
      msg(str`Could not load the code that reads large datasets: ${reason}.`, {
        id: 'parserUnavailable',
      }),
    notJson: (url, contentType) =>
      contentType
        ? msg(
            str`The dataset URL ${url} returned ${contentType} (an HTML page?), not a ties-map/1 JSON file; check the src attribute.`,
            { id: 'notJson' },
          )
        : msg(
            str`The dataset URL ${url} returned something other than JSON (an HTML page?), not a ties-map/1 JSON file; check the src attribute.`,
            { id: 'notJson.unknown' },
          ),
    loadTimeout: (url, seconds) =>
      msg(
        str`Could not load the dataset from ${url}: no complete answer within ${roughly(seconds)} s (set the element's timeout attribute, in seconds, to wait longer).`,
        { id: 'loadTimeout' },
      ),
    tooLarge: (url, bytes, limit) =>
      bytes === null
        ? msg(
            str`The dataset at ${url} is larger than the limit of ${roughly(limit / 1e6)} MB; raise the element's max-size attribute (in MB) if you mean to load it.`,
            { id: 'tooLarge.unknown' },
          )
        : msg(
            str`The dataset at ${url} is ${roughly(bytes / 1e6)} MB, over the limit of ${roughly(limit / 1e6)} MB; raise the element's max-size attribute (in MB) if you mean to load it.`,
            { id: 'tooLarge' },
          ),
    notUtf8: (url, offset) =>
      msg(
        str`The dataset at ${url} is not valid UTF-8 text (byte ${num(offset)}); save it as UTF-8, or have the server declare its charset.`,
        { id: 'notUtf8' },
      ),
    unknownCharset: (url, charset) =>
      msg(
        str`The dataset at ${url} declares the charset "${charset}", which this browser cannot decode; save it as UTF-8.`,
        { id: 'unknownCharset' },
      ),
    notAnObject: (got) =>
      msg(
        str`The data property must be a dataset object (parsed JSON) or JSON text; got ${got}. In a framework, pass it as a property, not an attribute.`,
        { id: 'notAnObject' },
      ),
    dataAsText: (where, text) =>
      where === 'attribute'
        ? msg(
            str`The data attribute holds "${text}": the dataset reached the element as a string, which happens when a framework renders <ties-map> before the element is defined. Import 'ties-map' before the first render so data is set as a property (an object or JSON text), or use the src attribute.`,
            { id: 'dataAsText.attribute' },
          )
        : msg(
            str`The data property holds the text "${text}": the dataset reached the element as a string, which happens when a framework renders <ties-map> before the element is defined. Import 'ties-map' before the first render so data is set as a property (an object or JSON text), or use the src attribute.`,
            { id: 'dataAsText.property' },
          ),
    attributeProblem,
  } satisfies Partial<Strings>;
}
