/**
 * Saves `text` as a file through the browser's own download of a Blob URL:
 * no `downloads` permission, and nothing leaves the machine.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; a later tick is enough.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `pacer-link-statuses-2026-11-21.json` */
export function datedFileName(stem: string, at: number, extension: string): string {
  return `${stem}-${new Date(at).toISOString().slice(0, 10)}.${extension}`;
}
