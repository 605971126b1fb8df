import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');
const cache = new Map<string, string>();

export function fixtureHtml(file: string): string {
  let html = cache.get(file);
  if (html === undefined) {
    html = readFileSync(FIXTURES + file, 'utf8');
    cache.set(file, html);
  }
  return html;
}

/** A fixture parsed as it would be served at `url`; scripts never run. */
export function loadFixture(file: string, url: string): Document {
  return new JSDOM(fixtureHtml(file), { url }).window.document;
}

export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
