/**
 * `<ties-author>`: the authoring page's one element. Files dropped on it (or chosen, or pasted)
 * become a dataset by the same pure code as `npm run import` and `npm run verify-quotes`; the
 * dataset is drawn by a `<ties-map>` (through its `data` property) and every problem is listed
 * with its file, row and column. Nothing is sent anywhere: the files are read in the page.
 *
 * A Lit element rather than plain DOM: the page re-renders a list of files and problems after
 * every change, which Lit's templates do by diffing and with every string bound as text.
 *
 * @summary Drop a dataset's CSV folder, JSON or source texts; see its map and its problems.
 * @csspart drop-zone - The area that takes files.
 * @csspart files - The list of files held.
 * @csspart notices - Messages about the last files taken (refused, set aside).
 * @csspart summary - The count of errors and warnings, and of quotes checked.
 * @csspart problems - The list of problems.
 * @csspart download - The "Download dataset" link.
 * @csspart notes - The scenes' speaker notes, editable.
 * @csspart callouts - The dataset's call-outs: text, anchor, kind and scenes.
 * @csspart briefing - The "Download briefing file" button.
 * @attr lang - The page's language (its words, digits and direction, and the map's); else the
 *   nearest ancestor's `lang`, else English.
 */
import { html, LitElement, nothing } from 'lit';
import '../../index.ts';
import { SHEET_FILES, type SheetKind } from '../../import/columns.ts';
import { analyse, type Analysis } from '../analyse.ts';
import { DownloadUrl, downloadName } from '../download.ts';
import { droppedFiles } from '../drop.ts';
import { withEditedNotes } from '../notes.ts';
import { briefingDownload } from '../briefing-download.ts';
import { MAX_FILE_BYTES, pastedFile, readFile, type ReadFile, type Refusal } from '../intake.ts';
import { problemList } from '../problem-list.ts';
import { tiesAuthorStyles } from './ties-author.styles.ts';
import {
  renderCalloutsPanel,
  renderLanguagesLine,
  renderNotesPanel,
} from './ties-author.panels.ts';
import { Workspace } from '../workspace.ts';
import { authorStringsFor, type AuthorStrings } from '../../text/author-strings.ts';
import { isLoaded, loadLanguage, resolveLanguage } from '../../text/languages.ts';

export class TiesAuthor extends LitElement {
  static override styles = tiesAuthorStyles;

  static override properties = {
    renderer: { type: String },
    lang: { type: String },
    maxSize: { type: Number, attribute: 'max-size' },
    _analysis: { state: true },
    _notices: { state: true },
    _mapData: { state: true },
    _dragging: { state: true },
    _href: { state: true },
    _notesEdits: { state: true },
  };

  /** Passed to the `<ties-map>`: `auto` (default), `webgl` or `svg`. */
  renderer = 'auto';
  /** Largest file read, in MB (default 20, the element's own limit on a dataset). */
  maxSize = MAX_FILE_BYTES / 1024 / 1024;
  /** The page's language; empty: the nearest ancestor's `lang`, else English. */
  override lang = '';

  private readonly workspace = new Workspace();
  private readonly download = new DownloadUrl();
  private _analysis: Analysis = analyse(this.workspace, authorStringsFor('en'));
  private _notices: Refusal[] = [];
  /** What the map shows: the newest dataset that passed the import and the validator. */
  private _mapData: unknown = undefined;
  private _mapJson: string | undefined;
  private _dragging = false;
  /** The Blob URL of the dataset to download; only for a dataset without errors. */
  private _href: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Speaker notes typed on the page, by scene id: applied over the dropped dataset's. */
  private _notesEdits = new Map<string, string>();
  private _briefingUrl: string | undefined;

  /** The language the page is read in: its `lang`, else the nearest ancestor's, else the document's. */
  private get pageLang(): string {
    return (
      this.lang ||
      this.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      'en'
    );
  }

  /** The page's words in its language (English until that language's messages have loaded). */
  private get strings(): AuthorStrings {
    const { code } = resolveLanguage(this.pageLang);
    if (!isLoaded(code))
      void loadLanguage(code).then(
        () => this.requestUpdate(),
        () => undefined,
      );
    return authorStringsFor(code);
  }

  /** The words the analysis was written in: when they change, the page's own sentences are made again. */
  private analysedIn: AuthorStrings | undefined;
  private langObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into an article in another language, or a language switcher changes an ancestor's `lang`.
    this.requestUpdate();
    this.langObserver ??= new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  protected override willUpdate(): void {
    if (this.analysedIn !== this.strings) this.refresh();
  }

  /** Resolves once every file given so far has been read and the page shows the result. */
  get settled(): Promise<void> {
    return this.queue.then(() => this.updateComplete).then(() => undefined);
  }

  /** Takes files in (in order, after any still being read), then checks and draws again. */
  take(files: readonly File[]): Promise<void> {
    this.enqueue(async () => this.takeNow(files));
    return this.settled;
  }

  /** One intake after another; one that fails says so and leaves the queue working. */
  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((error: unknown) => {
      const s = this.strings;
      this._notices = [
        {
          name: s.thePage,
          message: s.pageFailed(error instanceof Error ? error.message : String(error)),
        },
      ];
    });
  }

  constructor() {
    super();
    // The whole page takes a drop, not only the drop zone: a near miss must not lose the files.
    this.addEventListener('dragover', (e) => this.onDragOver(e));
    this.addEventListener('dragleave', (e) => {
      if (e.target === this || !this.contains(e.relatedTarget as Node | null))
        this._dragging = false;
    });
    this.addEventListener('drop', (e) => this.onDrop(e));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.download.revoke();
  }

  private async takeNow(files: readonly File[]): Promise<void> {
    const notices: Refusal[] = [];
    const s = this.strings;
    const read = await Promise.all(files.map((f) => readFile(f, this.maxSize * 1024 * 1024, s)));
    // A dataset JSON first: if one drop holds both, the CSV files are the dataset.
    const taken = read
      .filter((r): r is ReadFile => 'role' in r)
      .sort((a, b) => Number(b.role.kind === 'dataset') - Number(a.role.kind === 'dataset'));
    for (const refusal of read.filter((r): r is Refusal => !('role' in r))) notices.push(refusal);
    for (const file of taken) {
      const note = this.workspace.add(file, s);
      if (note) notices.push({ name: file.name, message: note });
    }
    this._notices = notices;
    this.refresh();
  }

  private refresh(): void {
    const s = this.strings;
    this.analysedIn = s;
    let analysis: Analysis;
    try {
      analysis = analyse(this.workspace, s);
    } catch (error) {
      // A bug or a file shape the checks do not foresee: say so, keep the page and the last map.
      const message = s.checkFailed(error instanceof Error ? error.message : String(error));
      this._analysis = {
        valid: false,
        problems: [{ severity: 'error', check: 'data', message }],
        languages: [],
      };
      this._href = this.download.update(undefined);
      return;
    }
    const edited = withEditedNotes(analysis.dataset, this._notesEdits, s);
    if (edited.problems.length > 0)
      analysis = {
        ...analysis,
        valid: false,
        problems: [...analysis.problems, ...edited.problems],
      };
    analysis = { ...analysis, dataset: edited.dataset };
    this._analysis = analysis;
    this._href = this.download.update(analysis.valid ? analysis.dataset : undefined);
    if (analysis.valid) {
      const json = JSON.stringify(analysis.dataset);
      // A new object only when the dataset changed: adding a text must not reload the map.
      if (json !== this._mapJson) {
        this._mapJson = json;
        this._mapData = JSON.parse(json);
      }
    } else if (!this.workspace.dataset && this.workspace.sheets.size === 0) {
      this._mapData = undefined;
      this._mapJson = undefined;
    }
  }

  private removeFile(file: ReadFile): void {
    this.workspace.remove(file);
    this._notices = [];
    this.refresh();
  }

  private clear(): void {
    this.workspace.clear();
    this._notesEdits = new Map();
    this._notices = [];
    this.refresh();
  }

  private onChoose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again, after editing it, is a change too.
    input.value = '';
    void this.take(files);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this._dragging = false;
    if (!event.dataTransfer) return;
    const files = droppedFiles(event.dataTransfer);
    this.enqueue(async () => this.takeNow(await files));
  }

  /** The offline briefing file of the dataset as shown (notes edits included), saved like the dataset. */
  private async downloadBriefing(): Promise<void> {
    const { dataset, valid } = this._analysis;
    if (!valid) return;
    const { url, name } = await briefingDownload(dataset);
    this._briefingUrl = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
  }

  /** The last briefing file's Blob URL (tests read it; revoked when the next one is made). */
  get briefingUrl(): string | undefined {
    return this._briefingUrl;
  }

  private onNotes(sceneId: string, event: Event): void {
    this._notesEdits = new Map(this._notesEdits).set(
      sceneId,
      (event.target as HTMLTextAreaElement).value,
    );
    this.refresh();
  }

  private onPaste(): void {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text')!.value;
    const as = this.renderRoot.querySelector<HTMLSelectElement>('#paste-as')!.value as
      SheetKind | 'dataset' | 'auto';
    const file = pastedFile(text, as, this.strings);
    if (file instanceof File) void this.take([file]);
    else this._notices = [file];
  }

  override render() {
    const s = this.strings;
    const { problems, quoteSummary, valid, dataset, languages } = this._analysis;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const dataErrors = problems.filter((p) => p.severity === 'error' && p.check === 'data').length;
    const files = this.workspace.files();
    const href = this._href;
    const quoteLine = quoteSummary
      ? s.quotesChecked(quoteSummary.quotes, quoteSummary.texts, quoteSummary.failures)
      : s.dropTexts;
    // The page's words run in its language's direction; the map inside mirrors itself (it takes the same lang).
    return html`<div class="page" dir=${s.dir} lang=${s.lang}>
      <header>
        <h1>${s.heading}</h1>
        <p>${s.intro}</p>
      </header>
      <div class="layout">
        <section class="side" aria-label=${s.filesAndProblems}>
          <div class="drop ${this._dragging ? 'over' : ''}" part="drop-zone">
            <p><strong>${s.dropHere}</strong>${s.dropWhat}</p>
            <p class="buttons">
              <label class="button">${s.chooseFiles}<input id="choose-files" type="file" multiple accept=".csv,.json,.txt" @change=${this.onChoose}></label>
              <label class="button">${s.chooseFolder}<input id="choose-folder" type="file" webkitdirectory @change=${this.onChoose}></label>
            </p>
            <details class="paste">
              <summary>${s.pasteInstead}</summary>
              <label for="paste-text">${s.pasteLabel}</label>
              <textarea id="paste-text" rows="6" spellcheck="false" dir="auto"></textarea>
              <p class="buttons">
                <label>${s.pasteAs} <select id="paste-as">
                  <option value="auto">${s.pasteAuto}</option>
                  <option value="dataset">${s.pasteDataset}</option>
                  ${(Object.keys(SHEET_FILES) as SheetKind[]).map((k) => html`<option value=${k}>${SHEET_FILES[k].file}</option>`)}
                </select></label>
                <button type="button" id="paste-use" @click=${this.onPaste}>${s.pasteUse}</button>
              </p>
            </details>
          </div>
          ${
            this._notices.length > 0
              ? html`<ul class="notices" part="notices" role="status">${this._notices.map((n) => html`<li><bdi class="place">${n.name}</bdi> ${n.message}</li>`)}</ul>`
              : nothing
          }
          ${
            files.length > 0
              ? html`<p class="summary" part="summary" role="status">
                ${errors === 0 && warnings === 0 ? s.noProblems : s.errorsAndWarnings(errors, warnings)}
                ${href ? nothing : errors > 0 ? s.fixToDownload : nothing}
                ${quoteLine}
              </p>
              <p class="buttons">
                ${
                  href
                    ? html`<a class="button primary" part="download" href=${href} download=${downloadName(dataset)}>${s.downloadDataset}</a>`
                    : html`<span class="button disabled" part="download" aria-disabled="true">${s.downloadDataset}</span>`
                }
                ${href ? html`<button type="button" part="briefing" id="briefing" @click=${() => void this.downloadBriefing()}>${s.downloadBriefing}</button>` : nothing}
                <button type="button" id="clear" @click=${this.clear}>${s.removeAll}</button>
              </p>
              ${languages.length === 0 ? nothing : renderLanguagesLine({ languages, strings: s })}
              ${problemList(problems, s)}
              ${renderNotesPanel({
                dataset,
                edits: this._notesEdits,
                strings: s,
                onNotes: (id, e) => this.onNotes(id, e),
              })}
              ${renderCalloutsPanel({ dataset, strings: s })}
              <details class="files-box" open>
                <summary>${s.fileCount(files.length)}</summary>
                <ul class="files" part="files">${files.map(
                  (f) => html`<li data-name=${f.name}>
                  <span class="name" dir="auto">${f.name}</span>
                  <span class="role">${s.roles[f.role.kind]}${f.encoding === 'Latin-1' ? `${s.listSeparator}${s.latin1}` : ''}</span>
                  <button type="button" class="remove" aria-label=${s.removeFile(f.name)} @click=${() => this.removeFile(f)}>${s.remove}</button>
                </li>`,
                )}</ul>
              </details>`
              : nothing
          }
        </section>
        <section class="main" aria-label=${s.mapRegion}>
          ${
            this._mapData === undefined
              ? html`<p class="placeholder">${dataErrors > 0 ? s.mapAfterErrors(dataErrors) : s.mapAfterFiles}</p>`
              : html`${valid ? nothing : html`<p class="stale" role="status">${s.stale}</p>`}
              <ties-map .data=${this._mapData} renderer=${this.renderer} lang=${this.pageLang}></ties-map>`
          }
        </section>
      </div>
    </div>`;
  }
}
