/**
 * `<ties-console channel="ID">`: the presenter console, in its own window. It shows the current
 * scene as a small live map, the next scene's title and a smaller picture of it, the speaker
 * notes in large type, the time since the talk began and the clock, and the list of scenes. Steps (its buttons, clicker keys, the
 * list) and edges opened on its map go to the audience map over the map's channel, and the
 * audience's steps come back the same way; without an audience it keeps stepping on its own.
 *
 * @summary The presenter's second screen: notes, timer, current and next scene.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Dataset } from '../../data/types.ts';
import { datasetInLanguage } from '../../data/dataset-language.ts';
import { consoleChannelName, type ConsoleMessage } from '../internal/console-channel.ts';
import { presenterKey } from '../internal/presenter.ts';
import { stringsFor } from '../../text/strings.ts';
import { tiesConsoleStyles } from './ties-console.styles.ts';

interface ConsoleMap extends HTMLElement {
  data: unknown;
  scene: string | null;
  view: { openEdge: string | null };
  updateComplete: Promise<boolean>;
  dispatch(action: { type: 'open-edge'; edge: string | null }): void;
}

/**
 * The console's map is a picture of the audience's: its title, controls, caption and legend are
 * the audience's to read, so only the map (and an opened card) shows here.
 */
const PICTURE_ONLY = `header, .toolbar, .search, .analysis, .timeline, .scenes, .caption, .legend, .focus-panel, .edge-hint { display: none !important; }
  .frame { min-height: 0 !important; padding: 0 !important; }`;

const time = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600) > 0 ? `${Math.floor(s / 3600)}:` : ''}${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};

export class TiesConsole extends LitElement {
  static override properties = {
    channel: { type: String },
    _dataset: { state: true },
    _index: { state: true },
    _now: { state: true },
    _audience: { state: true },
  };

  static override styles = tiesConsoleStyles;

  /** The `id` of the map this console presents. */
  channel = '';
  private _dataset: Dataset | null = null;
  private _json = '';
  private _lang = '';
  private _index = 0;
  private _now = Date.now();
  private _start = Date.now();
  /** False once the audience said goodbye (or never answered). */
  private _audience = false;
  private bus: BroadcastChannel | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this._now = Date.now()), 1000);
    this.ownerDocument.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.ownerDocument.removeEventListener('keydown', this.onKey);
    this.bus?.close();
    this.bus = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('channel')) {
      this.bus?.close();
      this.bus = new BroadcastChannel(consoleChannelName(this.channel));
      this.bus.onmessage = (event: MessageEvent<ConsoleMessage>) => this.receive(event.data);
      this.bus.postMessage({ kind: 'hello' } satisfies ConsoleMessage);
    }
  }

  /** The scene shown now (tests and the page read it). */
  get index(): number {
    return this._index;
  }

  private get strings() {
    return stringsFor(this._lang || this.ownerDocument.documentElement.lang);
  }

  private receive(message: ConsoleMessage): void {
    if (typeof message !== 'object' || message === null) return;
    if (message.kind === 'dataset') {
      this._audience = true;
      if (message.json !== this._json) {
        this._json = message.json;
        this._lang = message.lang;
        this._dataset = datasetInLanguage(
          JSON.parse(message.json) as Dataset,
          message.lang || undefined,
        );
      }
    } else if (message.kind === 'state') {
      this._audience = true;
      if (message.index >= 0) this._index = message.index;
      void this.showEdge(message.openEdge);
    } else if (message.kind === 'bye') {
      this._audience = false;
    }
  }

  /** The current scene's map (the next scene's picture is a second, inert one). */
  private get map(): ConsoleMap | null {
    return this.renderRoot.querySelector<ConsoleMap>('.now > ties-map');
  }

  protected override updated(): void {
    for (const map of this.renderRoot.querySelectorAll<ConsoleMap>('ties-map')) {
      const root = map.shadowRoot;
      if (
        !root ||
        root.adoptedStyleSheets.some(
          (s) => (s as CSSStyleSheet & { tiesConsole?: boolean }).tiesConsole,
        )
      )
        continue;
      const sheet = new (
        root.ownerDocument.defaultView ?? window
      ).CSSStyleSheet() as CSSStyleSheet & { tiesConsole?: boolean };
      sheet.replaceSync(PICTURE_ONLY);
      sheet.tiesConsole = true;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** The audience opened (or closed) an edge's card: the console's map does the same. */
  private async showEdge(edge: string | null): Promise<void> {
    await this.updateComplete;
    const map = this.map;
    if (!map || typeof map.dispatch !== 'function') return;
    await map.updateComplete;
    if (map.view.openEdge !== edge) map.dispatch({ type: 'open-edge', edge });
  }

  /** Steps here and on the audience map. */
  goTo(index: number): void {
    const count = this._dataset?.scenes.length ?? 0;
    if (index < 0 || index >= count) return;
    this._index = index;
    this.bus?.postMessage({ kind: 'go', index } satisfies ConsoleMessage);
  }

  private handleKey(event: KeyboardEvent): void {
    if (
      event.defaultPrevented ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.key === 'Escape'
    )
      return;
    const target = presenterKey(event.key, this._index, this._dataset?.scenes.length ?? 0);
    if (typeof target !== 'number') return;
    event.preventDefault();
    this.goTo(target);
  }

  /** An edge opened on the console's map opens on the projector. */
  private async onSelect(): Promise<void> {
    const map = this.map;
    if (!map) return;
    await map.updateComplete;
    this.bus?.postMessage({ kind: 'open-edge', edge: map.view.openEdge } satisfies ConsoleMessage);
  }

  protected override render() {
    const s = this.strings;
    const dataset = this._dataset;
    if (!dataset) return html`<p class="status" role="status">${s.consoleWaiting}</p>`;
    const steps = dataset.scenes;
    const step = steps[this._index];
    const next = steps[this._index + 1];
    const paragraphs = (step?.notes ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return html` <header>
        <h1 dir="auto">${dataset.title}</h1>
        <div class="clock" part="elapsed">
          <small>${s.consoleElapsed}</small>${time(this._now - this._start)}
        </div>
        <div class="clock" part="clock">
          <small>${s.consoleClock}</small
          >${new Date(this._now).toLocaleTimeString(this._lang || undefined, { hour: '2-digit', minute: '2-digit' })}
        </div>
        <button
          type="button"
          @click=${() => {
            this._start = Date.now();
            this._now = this._start;
          }}
        >
          ${s.consoleResetTimer}
        </button>
      </header>
      ${this._audience ? nothing : html`<p class="status" role="status">${s.consoleAudienceGone}</p>`}
      <div class="grid">
        <section class="now" part="now" aria-label=${s.consoleNow}>
          <h2>${s.consoleNow}: ${s.sceneCounter(this._index + 1, steps.length)}</h2>
          <p class="now-title" dir="auto">${step?.title ?? ''}</p>
          <ties-map
            renderer="svg"
            loading="eager"
            lang=${this._lang || nothing}
            .data=${this._json}
            scene=${step?.id ?? nothing}
            @ties-select=${() => void this.onSelect()}
          ></ties-map>
          <div class="steps">
            <button
              type="button"
              class="prev"
              ?disabled=${this._index <= 0}
              @click=${() => this.goTo(this._index - 1)}
            >
              ‹ ${s.previousScene}
            </button>
            <button
              type="button"
              class="next-button"
              ?disabled=${!next}
              @click=${() => this.goTo(this._index + 1)}
            >
              ${s.nextScene} ›
            </button>
          </div>
          <p class="next" part="next">
            <strong>${s.consoleNext}:</strong>
            <span dir="auto">${next ? next.title : s.consoleLast}</span>
          </p>
          ${
            next
              ? html`<figure
                  class="next-picture"
                  part="next-picture"
                  role="img"
                  aria-label=${`${s.consoleNext}: ${next.title}`}
                >
                  <ties-map
                    renderer="svg"
                    loading="eager"
                    inert
                    lang=${this._lang || nothing}
                    .data=${this._json}
                    scene=${next.id}
                  ></ties-map>
                </figure>`
              : nothing
          }
        </section>
        <section class="notes" part="notes" aria-label=${s.consoleNotes}>
          <h2>${s.consoleNotes}</h2>
          ${paragraphs.length > 0 ? paragraphs.map((p) => html`<p dir="auto">${p}</p>`) : html`<p class="none">${s.consoleNoNotes}</p>`}
        </section>
      </div>
      <nav aria-label=${s.consoleScenes} part="scenes">
        <h2>${s.consoleScenes}</h2>
        <ol>
          ${steps.map(
            (x, i) =>
              html`<li>
                <button
                  type="button"
                  data-scene=${x.id}
                  aria-current=${i === this._index ? 'step' : nothing}
                  @click=${() => this.goTo(i)}
                >
                  ${i + 1}. <span dir="auto">${x.title}</span>
                </button>
              </li>`,
          )}
        </ol>
      </nav>`;
  }
}
