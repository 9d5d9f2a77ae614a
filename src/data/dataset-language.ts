/**
 * A dataset's own words in one language: its `translations` and its actors' `names` (DESIGN.md,
 * data contract). The element, the renderers and the CLIs ask here, so a text falls back to English
 * the same way everywhere. Quotes are never replaced: a quote's translations are shown beside it.
 */
import { tagFallbacks } from './lang-tags.ts';
import { ownValue } from './own.ts';
import type { Dataset, DatasetTranslation, Evidence, QuoteTranslation } from './types.ts';

/** The first of `tag`'s fallbacks ("ar-EG" → "ar-EG", "ar") that `record` has. */
function lookup<T>(
  record: Readonly<Record<string, T>> | undefined,
  tags: readonly string[],
): T | undefined {
  if (!record) return undefined;
  for (const tag of tags) {
    const value = ownValue(record, tag);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The dataset's translation into `lang` (or the language `lang` narrows, "ar" for "ar-EG"), if any. */
export function translationInto(
  dataset: Dataset,
  lang: string | undefined,
): { tag: string; translation: DatasetTranslation } | undefined {
  if (!dataset.translations || lang === undefined) return undefined;
  for (const tag of tagFallbacks(lang)) {
    const translation = ownValue(dataset.translations, tag);
    if (translation) return { tag, translation };
  }
  return undefined;
}

/**
 * The dataset as a reader of `lang` sees it: the title, description, layer and measure labels, tie
 * summaries and figures' `of`, scene titles and captions, and actor names in `lang` where the
 * dataset gives them, English otherwise. The same object when nothing is translated into `lang`,
 * so an English reader's dataset keeps its identity.
 */
export function datasetInLanguage(dataset: Dataset, lang: string | undefined): Dataset {
  const tags = lang === undefined ? [] : tagFallbacks(lang);
  const translation = translationInto(dataset, lang)?.translation;
  const named = tags.length > 0 && dataset.actors.some((a) => lookup(a.names, tags) !== undefined);
  if (!translation && !named) return dataset;
  const out: Dataset = {
    ...dataset,
    actors: dataset.actors.map((a) => {
      const name = lookup(a.names, tags);
      return name === undefined ? a : { ...a, name };
    }),
  };
  if (!translation) return out;
  if (translation.title !== undefined) out.title = translation.title;
  if (translation.description !== undefined) out.description = translation.description;
  out.layers = dataset.layers.map((layer) => {
    const text = translation.layers && ownValue(translation.layers, layer.id);
    if (!text) return layer;
    const label = text.label ?? layer.label;
    return layer.measure && text.measure !== undefined
      ? { ...layer, label, measure: { ...layer.measure, label: text.measure } }
      : { ...layer, label };
  });
  out.ties = dataset.ties.map((tie) => {
    const text = translation.ties && ownValue(translation.ties, tie.id);
    if (!text) return tie;
    const translated = { ...tie, summary: text.summary ?? tie.summary };
    if (tie.figure?.of !== undefined && text.of !== undefined)
      translated.figure = { ...tie.figure, of: text.of };
    return translated;
  });
  out.scenes = dataset.scenes.map((scene) => {
    const text = translation.scenes && ownValue(translation.scenes, scene.id);
    if (!text) return scene;
    const translated = { ...scene, title: text.title ?? scene.title };
    if (text.caption !== undefined) translated.caption = text.caption;
    if (text.notes !== undefined) translated.notes = text.notes;
    return translated;
  });
  if (dataset.annotations && translation.annotations) {
    const texts = translation.annotations;
    out.annotations = dataset.annotations.map((a) => {
      const text = ownValue(texts, a.id);
      return text === undefined ? a : { ...a, text };
    });
  }
  return out;
}

/** The translation of a quote into `lang` (or the language it narrows), unless the quote is in that language. */
export function quoteTranslation(
  evidence: Evidence,
  lang: string | undefined,
): QuoteTranslation | undefined {
  if (!evidence.translations || lang === undefined) return undefined;
  const tags = tagFallbacks(lang);
  if (evidence.lang !== undefined && tags.includes(evidence.lang)) return undefined;
  return tags
    .map((tag) => evidence.translations?.find((t) => t.lang === tag))
    .find((t) => t !== undefined);
}

/** The languages a dataset has text in besides English: its translations' tags, then any only actor names use. */
export function datasetLanguages(dataset: Dataset): string[] {
  const tags = new Set(Object.keys(dataset.translations ?? {}));
  dataset.actors.forEach((a) => Object.keys(a.names ?? {}).forEach((tag) => tags.add(tag)));
  return [...tags];
}
