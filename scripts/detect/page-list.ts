// The list of `npm run detect -- --list pages.tsv`: one `URL<TAB>path` a line.

export type ListEntry =
  | { readonly line: number; readonly url: URL; readonly file: string }
  | { readonly line: number; readonly error: string };

/**
 * The pages a list names, with their line numbers (from 1), in order. Blank
 * lines and lines starting with `#` are skipped; a line that cannot name a
 * page becomes an entry with the reason, so that the others still run.
 */
export function parsePageList(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (content.trim() === '' || content.trimStart().startsWith('#')) return;
      const fields = content.split('\t');
      if (fields.length < 2) {
        entries.push({ line, error: 'no tab between the URL and the path' });
        return;
      }
      if (fields.length > 2) {
        entries.push({ line, error: 'more than one tab (expected URL<TAB>path)' });
        return;
      }
      const [address = '', file = ''] = fields;
      if (address.trim() === '') entries.push({ line, error: 'missing the URL before the tab' });
      else if (file.trim() === '') entries.push({ line, error: 'missing the path after the tab' });
      else {
        try {
          entries.push({ line, url: new URL(address.trim()), file });
        } catch {
          entries.push({ line, error: `not a URL: ${address.trim()}` });
        }
      }
    });
  return entries;
}
