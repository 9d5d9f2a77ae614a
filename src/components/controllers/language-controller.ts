/**
 * The element's language: its own `lang`, else the nearest ancestor's, else the page's (a CMS sets
 * it on <html> or the article). A page that changes the language of the article or the document (a
 * language switcher) is followed, as the element's own `lang` is. Gives the element's words in that
 * language (loaded on first use) and the dataset as that language reads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetInLanguage } from '../../data/dataset-language.ts';
import type { Dataset } from '../../data/types.ts';
import { isLoaded, loadLanguage, resolveLanguage } from '../../text/languages.ts';
import { targetLocales } from '../../text/locale-codes.ts';
import { namesInLanguage } from '../../text/names.ts';
import { stringsFor, type Strings } from '../../text/strings.ts';

export type LanguageHost = ReactiveControllerHost & HTMLElement;

export class LanguageController implements ReactiveController {
  private observer: MutationObserver | undefined;
  private notedLanguage = '';
  private inLanguage: { source: Dataset | null; lang: string; dataset: Dataset | null } = {
    source: null,
    lang: '',
    dataset: null,
  };

  /** `source`: the dataset as it arrived, in its own language. */
  constructor(
    private readonly host: LanguageHost,
    private readonly source: () => Dataset | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The language the element is read in, its own words and the dataset's. */
  get lang(): string {
    const host = this.host;
    return (
      host.lang ||
      host.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      'en'
    );
  }

  /** The element's own words in its language; English until that language's messages have loaded. */
  get strings(): Strings {
    const { code, tag, unshipped } = resolveLanguage(this.lang);
    if (unshipped && this.notedLanguage !== tag) {
      this.notedLanguage = tag;
      console.info(
        `<ties-map>: lang="${tag}" is not a language the element ships (${['en', ...targetLocales].join(', ')}); its own words are in English, the dataset's in "${tag}" where it has them.`,
      );
    }
    if (!isLoaded(code))
      void loadLanguage(code).then(
        () => this.host.requestUpdate(),
        () => undefined,
      );
    return stringsFor(code);
  }

  /**
   * The dataset as the element's language reads it (data/dataset-language.ts): its translated texts
   * and actor names where it has them. Worked out again only when the dataset or the language
   * changes, so the scene keeps its basis between renders.
   */
  get model(): Dataset | null {
    const source = this.source();
    const lang = this.lang;
    if (this.inLanguage.source !== source || this.inLanguage.lang !== lang) {
      this.inLanguage = {
        source,
        lang,
        dataset:
          source && namesInLanguage(datasetInLanguage(source, lang || undefined), lang || 'en'),
      };
    }
    return this.inLanguage.dataset;
  }

  /**
   * Resolves after the update that shows the element's words in its language: at once where they
   * are loaded, else once they have loaded (on first use) and the element has rendered them.
   */
  readable(): Promise<unknown> {
    const { code } = resolveLanguage(this.lang);
    if (isLoaded(code)) return this.host.updateComplete;
    return loadLanguage(code)
      .catch(() => undefined)
      .then(() => {
        this.host.requestUpdate();
        return this.host.updateComplete;
      });
  }
}
