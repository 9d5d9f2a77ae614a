/**
 * The files of a drop. A dropped folder arrives as a directory entry, not as files, so its files
 * (and those of folders inside it, a few levels deep) are read through the entries API.
 */
const MAX_DEPTH = 3;

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function directoryFiles(dir: FileSystemDirectoryEntry, depth: number): Promise<File[]> {
  const reader = dir.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const files: File[] = [];
  for (const entry of entries) files.push(...(await entryFiles(entry, depth + 1)));
  return files;
}

async function entryFiles(entry: FileSystemEntry, depth: number): Promise<File[]> {
  if (entry.isFile) return [await entryFile(entry as FileSystemFileEntry)];
  if (entry.isDirectory && depth < MAX_DEPTH)
    return directoryFiles(entry as FileSystemDirectoryEntry, depth);
  return [];
}

export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  // Entries and files must be taken before the first await: the DataTransfer empties after the event.
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const taken = items.map((item) => ({
    entry: item.webkitGetAsEntry?.() ?? null,
    file: item.getAsFile(),
  }));
  if (taken.length === 0) return [...transfer.files];
  const files: File[] = [];
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) files.push(...(await entryFiles(entry, 0)));
    else if (file) files.push(file);
  }
  return files;
}
