// What the popup and the options page hand the browser to download: the
// object URL's blob, captured when the page clicks its hidden link.
import { vi } from 'vitest';

export interface Download {
  readonly name: string;
  readonly text: Promise<string>;
  readonly type: string;
}

/** Starts capturing (call in beforeEach); the returned list fills as downloads happen. */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, text: blob.text(), type: blob.type });
  });
  return downloads;
}
