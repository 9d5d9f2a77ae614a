/**
 * "Download dataset": the dataset JSON as `npm run import` writes it, behind a Blob URL that an
 * `<a download>` points at, so saving needs no server and a right-click "Save link as" works too.
 * One URL at a time: the previous one is revoked when the dataset changes.
 */
export function datasetJson(dataset: unknown): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** A file name from the dataset's title: "Azerbaijan and Israel" → "azerbaijan-and-israel.json". */
export function downloadName(dataset: unknown): string {
  const title =
    typeof dataset === 'object' && dataset !== null
      ? (dataset as { title?: unknown }).title
      : undefined;
  const slug =
    typeof title === 'string'
      ? title
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 60)
      : '';
  return `${slug || 'dataset'}.json`;
}

export class DownloadUrl {
  private url: string | undefined;
  private json: string | undefined;

  /** The Blob URL of this dataset (the same URL while the JSON is unchanged); undefined clears. */
  update(dataset: unknown): string | undefined {
    const json = dataset === undefined ? undefined : datasetJson(dataset);
    if (json === this.json) return this.url;
    this.revoke();
    this.json = json;
    if (json !== undefined)
      this.url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    return this.url;
  }

  revoke(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
    this.json = undefined;
  }
}
