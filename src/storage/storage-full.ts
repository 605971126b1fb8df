// Storage can run out of room: Chrome refuses a write past storage.local's
// QUOTA_BYTES (10 MB), Firefox past its quota, either on a full disk. The
// write then changes nothing; the caller must learn it and say so.

/** A write refused for want of room. Nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'StorageFullError';
  }
}

// Chrome: "Resource::kQuotaBytes quota exceeded" (formerly "QUOTA_BYTES quota
// exceeded"); Firefox: a QuotaExceededError; LevelDB on a full disk: "No space left".
const FULL = /quota|no space left/i;

/** Whether a write was refused for want of room, from the browser's own error. */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || FULL.test(error.message);
}
