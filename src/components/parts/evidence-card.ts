/**
 * The evidence card: every tie on one edge with its figure, period and verbatim quotes, each quote
 * with its source. Ties that state different figures for the same relation stand side by side.
 * Bidirectional control characters in the data are written as their code points (data/bidi.ts):
 * the card is what a reader trusts, so it never shows text in an order the data does not have.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { showBidiControls as shown } from '../../data/bidi.ts';
import { quoteTranslation } from '../../data/dataset-language.ts';
import type { Dataset, Evidence, Source, Tie } from '../../data/types.ts';
import { isHttpUrl } from '../internal/citation.ts';
import { formatDate, formatFigure, formatPeriod, formatValue } from '../../text/format.ts';
import type { SceneActor, SceneEdge } from '../../scene/types.ts';
import { statusWord, type Strings } from '../../text/strings.ts';

export interface EvidenceCardOptions {
  dataset: Dataset;
  ties: readonly Tie[];
  /** Preview (hover or keyboard focus on an edge): no buttons, not a dialog. */
  preview: boolean;
  strings: Strings;
  /** The reader's language: a quote's translation into it is shown beneath the quote. */
  lang?: string;
  onClose: () => void;
  onCopy: (tie: Tie) => void;
  /** A group edge's card (scene/group-scene.ts): the names of its ends as the map draws them, and its sum. */
  group?: { from: string; to: string; sum: string };
}

/** The group part of a card for `edge` when one of its ends is a group node; undefined for an actor's edge. */
export function groupCardOf(
  edge: SceneEdge,
  actors: readonly SceneActor[],
  ties: number,
  strings: Strings,
): EvidenceCardOptions['group'] {
  const ends = actors.filter((a) => a.id === edge.from || a.id === edge.to);
  if (!ends.some((a) => a.group)) return undefined;
  const name = (id: string) => ends.find((a) => a.id === id)?.name ?? id;
  const sum = edge.sum;
  const text =
    sum && sum.summed > 0
      ? strings.groupSum(
          formatValue(
            sum.low,
            sum.unit,
            sum.high > sum.low ? sum.high : undefined,
            false,
            strings.lang,
          ),
          sum.apart,
        )
      : strings.groupNoSum(ties);
  return { from: name(edge.from), to: name(edge.to), sum: text };
}

function sourceLine(source: Source, strings: Strings): TemplateResult {
  const publisher =
    source.publisher === 'unknown' ? strings.publisherUnknown : shown(source.publisher);
  const date =
    source.published === 'unknown'
      ? source.notBefore
        ? strings.dateNotBefore(formatDate(source.notBefore, strings.lang))
        : strings.dateUnknown
      : formatDate(source.published, strings.lang);
  const title = isHttpUrl(source.url)
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${shown(source.title)}</a>`
    : html`<cite>${shown(source.title)}</cite>`;
  return html`${title}, ${publisher}, ${date}`;
}

/**
 * A quote as the source has it, marked with its language (a screen reader switches voice), and
 * beneath it its translation into the reader's language, said to be no part of the source.
 */
function quote(evidence: Evidence, lang: string | undefined, strings: Strings): TemplateResult {
  const translation = quoteTranslation(evidence, lang);
  return html`<p class="quote" lang=${evidence.lang ?? nothing} dir="auto">“${shown(evidence.quote)}”</p>${
    translation
      ? html`
    <p class="translation" lang=${translation.lang} dir="auto">${shown(translation.text)}</p>
    <p class="translation-credit" dir="auto">${strings.quoteTranslation(translation)}</p>`
      : nothing
  }`;
}

export function renderEvidenceCard(options: EvidenceCardOptions): TemplateResult {
  const { dataset, ties, preview, strings } = options;
  const first = ties[0]!;
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const layer = dataset.layers.find((l) => l.id === first.layer)?.label ?? first.layer;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const group = options.group;
  const heading = shown(
    `${layer}: ${group?.from ?? actors.get(first.from) ?? first.from} ${strings.dir === 'rtl' ? '←' : '→'} ${group?.to ?? actors.get(first.to) ?? first.to}`,
  );
  return html`<section part="evidence" class="evidence ${preview ? 'preview' : ''}" role=${preview ? 'status' : 'dialog'}
      aria-modal=${preview ? nothing : 'false'} aria-labelledby="evidence-heading" data-tie-ids=${ties.map((t) => t.id).join(' ')}>
    <header>
      <h3 id="evidence-heading" tabindex="-1">${heading}</h3>
      ${
        preview
          ? html`<span class="hint">${strings.previewHint}</span>`
          : html`<button type="button" class="close" aria-label=${strings.close} @click=${options.onClose}>×</button>`
      }
    </header>
    ${group ? html`<p class="group-sum" data-group-sum>${group.sum}</p>` : nothing}
    <div class="ties">
      ${ties.map(
        (
          tie,
        ) => html`<article class="tie" data-tie-id=${tie.id} data-stance=${tie.stance} data-status=${tie.status ?? 'stated'}>
        <p class="summary">${shown(tie.summary)}</p>
        <p class="figure">${tie.figure ? html`<strong>${shown(formatFigure(tie.figure, strings.lang))}</strong>` : html`<em>${strings.noFigure}</em>`}${
          tie.when ? html` · ${formatPeriod(tie.when, strings.lang)}` : nothing
        }${tie.ended ? html` · ${strings.ended(formatDate(tie.ended, strings.lang))}` : nothing}${
          tie.stance === 'adversarial' ? html` · ${strings.adversarial}` : nothing
        }${
          statusWord(strings, tie.status)
            ? html` · <span class="status">${statusWord(strings, tie.status)}</span>`
            : nothing
        }</p>
        ${
          preview
            ? nothing
            : html`${tie.evidence.map((evidence) => {
                const source = sources.get(evidence.source);
                const place =
                  evidence.in === 'caption'
                    ? html`<span class="place">${strings.photoCaption}</span>, `
                    : nothing;
                return html`<blockquote>${quote(evidence, options.lang, strings)}${source ? html`<footer>${place}${sourceLine(source, strings)}</footer>` : place}</blockquote>`;
              })}
        <button type="button" class="copy" @click=${() => options.onCopy(tie)}>${strings.copyCitation}</button>`
        }
      </article>`,
      )}
    </div>
  </section>`;
}
