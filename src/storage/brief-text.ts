// What set-aside records say about stored data quotes it only briefly. A
// reason that copied a 9 MB value would need 9 MB more to set it aside: the
// repair would never fit the quota, and every later save would fail with it.

/** Enough of a received value or a key to recognise it. */
export const QUOTE_LENGTH = 40;

/** Enough for a path, a schema's expectation and a brief quote. */
export const REASON_LENGTH = 300;

/** `text` cut to `length` characters, saying how long it was: `"xxxx… (9,000,002 characters)`. */
export function briefly(text: string, length = QUOTE_LENGTH): string {
  if (text.length <= length) return text;
  return `${cut(text, length)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/** The first `length` characters of `text`, never half of a surrogate pair. */
export function cut(text: string, length: number): string {
  const end = isHighSurrogate(text.charCodeAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
