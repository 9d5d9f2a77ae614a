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
 */
import { html, LitElement, nothing } from 'lit';
import '../../index.ts';
import { SHEET_FILES, type SheetKind } from '../../import/columns.ts';
import { analyse, type Analysis } from '../analyse.ts';
import { DownloadUrl, downloadName } from '../download.ts';
import { droppedFiles } from '../drop.ts';
import { calloutRows } from '../callouts.ts';
import { sceneNotes, withEditedNotes } from '../notes.ts';
import { briefingDownload } from '../briefing-download.ts';
import { MAX_FILE_BYTES, pastedFile, readFile, type ReadFile, type Refusal } from '../intake.ts';
import { problemList } from '../problem-list.ts';
import { tiesAuthorStyles } from './ties-author.styles.ts';
import { Workspace } from '../workspace.ts';

const ROLE_WORDS = {
  sheet: 'CSV',
  dataset: 'dataset JSON',
  text: 'source text',
  sidecar: 'sidecar',
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class TiesAuthor extends LitElement {
  static override styles = tiesAuthorStyles;

  static override properties = {
    renderer: { type: String },
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

  private readonly workspace = new Workspace();
  private readonly download = new DownloadUrl();
  private _analysis: Analysis = analyse(this.workspace);
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
      this._notices = [{ name: 'The page', message: `could not take the files (${error instanceof Error ? error.message : String(error)}); the files it had are kept.` }];
    });
  }

  constructor() {
    super();
    // The whole page takes a drop, not only the drop zone: a near miss must not lose the files.
    this.addEventListener('dragover', (e) => this.onDragOver(e));
    this.addEventListener('dragleave', (e) => {
      if (e.target === this || !this.contains(e.relatedTarget as Node | null)) this._dragging = false;
    });
    this.addEventListener('drop', (e) => this.onDrop(e));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.download.revoke();
  }

  private async takeNow(files: readonly File[]): Promise<void> {
    const notices: Refusal[] = [];
    const read = await Promise.all(files.map((f) => readFile(f, this.maxSize * 1024 * 1024)));
    // A dataset JSON first: if one drop holds both, the CSV files are the dataset.
    const taken = read.filter((r): r is ReadFile => 'role' in r).sort((a, b) => Number(b.role.kind === 'dataset') - Number(a.role.kind === 'dataset'));
    for (const refusal of read.filter((r): r is Refusal => !('role' in r))) notices.push(refusal);
    for (const file of taken) {
      const note = this.workspace.add(file);
      if (note) notices.push({ name: file.name, message: note });
    }
    this._notices = notices;
    this.refresh();
  }

  private refresh(): void {
    let analysis: Analysis;
    try {
      analysis = analyse(this.workspace);
    } catch (error) {
      // A bug or a file shape the checks do not foresee: say so, keep the page and the last map.
      const message = `the files could not be checked (${error instanceof Error ? error.message : String(error)}); remove the last file to go on.`;
      this._analysis = { valid: false, problems: [{ severity: 'error', check: 'data', message }], languages: [] };
      this._href = this.download.update(undefined);
      return;
    }
    const edited = withEditedNotes(analysis.dataset, this._notesEdits);
    if (edited.problems.length > 0) analysis = { ...analysis, valid: false, problems: [...analysis.problems, ...edited.problems] };
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
    this._notesEdits = new Map(this._notesEdits).set(sceneId, (event.target as HTMLTextAreaElement).value);
    this.refresh();
  }

  private notesPanel(dataset: unknown) {
    const scenes = sceneNotes(dataset, this._notesEdits);
    if (scenes.length === 0) return nothing;
    return html`<details class="notes-box" part="notes">
      <summary>Speaker notes (${plural(scenes.filter((s) => s.notes.trim() !== '').length, 'scene')} of ${scenes.length})</summary>
      <p class="hint">Shown only in the presenter console, never on the map. Edits here go into the downloaded dataset; the files you dropped stay as they are.</p>
      ${scenes.map((s) => html`<label class="scene-notes" data-scene=${s.id}><span class="place">${s.title}</span>
        <textarea rows="4" .value=${s.notes} @change=${(e: Event) => this.onNotes(s.id, e)}></textarea></label>`)}
    </details>`;
  }

  private calloutsPanel(dataset: unknown) {
    const rows = calloutRows(dataset);
    if (rows.length === 0) return nothing;
    return html`<details class="notes-box" part="callouts">
      <summary>Call-outs (${rows.length})</summary>
      <p class="hint">The editor's words on the map, not evidence: each must say only what the quotes say. Edit them in the dataset or annotations.csv.</p>
      <ul class="callouts">${rows.map((r) => html`<li data-callout=${r.id}><span dir="auto">${r.text}</span> <span class="role">(${r.kind} at ${r.at}; ${r.scenes})</span></li>`)}</ul>
    </details>`;
  }

  private onPaste(): void {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text')!.value;
    const as = this.renderRoot.querySelector<HTMLSelectElement>('#paste-as')!.value as SheetKind | 'dataset' | 'auto';
    const file = pastedFile(text, as);
    if (file instanceof File) void this.take([file]);
    else this._notices = [file];
  }

  override render() {
    const { problems, quoteSummary, valid, dataset, languages } = this._analysis;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const dataErrors = problems.filter((p) => p.severity === 'error' && p.check === 'data').length;
    const files = this.workspace.files();
    const href = this._href;
    const quoteLine = quoteSummary
      ? `${plural(quoteSummary.quotes, 'quote')} checked against ${plural(quoteSummary.texts, 'text')}: ${quoteSummary.failures === 0 ? 'all found' : plural(quoteSummary.failures, 'failure')}.`
      : 'Drop the source texts (.txt, with their .meta.json) to check the quotes.';
    return html`
      <header>
        <h1>ties-map authoring</h1>
        <p>Check a dataset and see its map. The files are read in this browser; nothing is uploaded.</p>
      </header>
      <div class="layout">
        <section class="side" aria-label="Files and problems">
          <div class="drop ${this._dragging ? 'over' : ''}" part="drop-zone">
            <p><strong>Drop files here</strong>: the CSV files of the folder (or the folder itself), a dataset .json,
              source texts (.txt) and their .meta.json.</p>
            <p class="buttons">
              <label class="button">Choose files<input id="choose-files" type="file" multiple accept=".csv,.json,.txt" @change=${this.onChoose}></label>
              <label class="button">Choose a folder<input id="choose-folder" type="file" webkitdirectory @change=${this.onChoose}></label>
            </p>
            <details class="paste">
              <summary>Paste text instead</summary>
              <label for="paste-text">A dataset JSON, or one CSV file with its header row</label>
              <textarea id="paste-text" rows="6" spellcheck="false"></textarea>
              <p class="buttons">
                <label>Paste as <select id="paste-as">
                  <option value="auto">(from its first row)</option>
                  <option value="dataset">dataset JSON</option>
                  ${(Object.keys(SHEET_FILES) as SheetKind[]).map((k) => html`<option value=${k}>${SHEET_FILES[k].file}</option>`)}
                </select></label>
                <button type="button" id="paste-use" @click=${this.onPaste}>Use pasted text</button>
              </p>
            </details>
          </div>
          ${this._notices.length > 0
            ? html`<ul class="notices" part="notices" role="status">${this._notices.map((n) => html`<li><span class="place">${n.name}</span> ${n.message}</li>`)}</ul>`
            : nothing}
          ${files.length > 0
            ? html`<p class="summary" part="summary" role="status">
                ${errors === 0 && warnings === 0 ? 'No problems.' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`}
                ${href ? nothing : errors > 0 ? 'Fix the errors to download the dataset.' : nothing}
                ${quoteLine}
              </p>
              <p class="buttons">
                ${href
                  ? html`<a class="button primary" part="download" href=${href} download=${downloadName(dataset)}>Download dataset</a>`
                  : html`<span class="button disabled" part="download" aria-disabled="true">Download dataset</span>`}
                ${href ? html`<button type="button" part="briefing" id="briefing" @click=${() => void this.downloadBriefing()}>Download briefing file</button>` : nothing}
                <button type="button" id="clear" @click=${this.clear}>Remove all files</button>
              </p>
              ${languages.length === 0 ? nothing : html`<p class="languages" part="languages">Languages besides English: ${languages.map((l, i) => html`${i > 0 ? ', ' : ''}<span lang=${l.tag}>${l.tag}</span>${
                l.method === undefined ? ' (no translation credit)' : ` (${l.method}, ${l.reviewed === false ? 'not reviewed' : `reviewed by ${l.reviewed ?? '?'}`})`}`)}.
                Translation problems are listed with the others below.</p>`}
              ${problemList(problems)}
              ${this.notesPanel(dataset)}
              ${this.calloutsPanel(dataset)}
              <details class="files-box" open>
                <summary>${plural(files.length, 'file')}</summary>
                <ul class="files" part="files">${files.map((f) => html`<li data-name=${f.name}>
                  <span class="name">${f.name}</span>
                  <span class="role">${ROLE_WORDS[f.role.kind]}${f.encoding === 'Latin-1' ? ', Latin-1' : ''}</span>
                  <button type="button" class="remove" aria-label=${`Remove ${f.name}`} @click=${() => this.removeFile(f)}>Remove</button>
                </li>`)}</ul>
              </details>`
            : nothing}
        </section>
        <section class="main" aria-label="Map">
          ${this._mapData === undefined
            ? html`<p class="placeholder">${dataErrors > 0
                ? `The map appears here once the ${dataErrors === 1 ? 'error' : `${dataErrors} errors`} of the dataset ${dataErrors === 1 ? 'is' : 'are'} fixed.`
                : 'The map appears here once the files make a dataset.'}</p>`
            : html`${valid ? nothing : html`<p class="stale" role="status">The map shows the last version without errors; fix the errors to update it.</p>`}
              <ties-map .data=${this._mapData} renderer=${this.renderer}></ties-map>`}
        </section>
      </div>
    `;
  }
}
