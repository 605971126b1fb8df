// Reads each court's CM/ECF help desk (phones and information page) out of
// PACER's court lookup, src/flows/pacer-court-lookup.json: a verbatim copy of
// https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json (public
// data of the courts; its `meta` says when PACER last updated it). Run through
// scripts/import-courts.ts, which writes src/flows/court-help-desks.json.
//
// The lookup is typed by hand and it shows: phones with extensions in three
// spellings, "NA", e-mail addresses in the phone or division field, HTML
// entities. What cannot be read as a North American number is left out; text
// this parser does not know fails the import, so a new spelling is looked at.

import { CourtDataError } from './court-data-error';
import type { Court } from '../src/flows/types';
import type { HelpDeskRow, PhoneRow } from '../src/flows/court-help-desks';

interface LookupPhone {
  readonly phone?: unknown;
  readonly phoneExt?: unknown;
  readonly division?: unknown;
}

interface LookupEntry {
  readonly court_id?: unknown;
  readonly title?: unknown;
  readonly type?: unknown;
  readonly login_url?: unknown;
  readonly web_url?: unknown;
  readonly help_desk?: unknown;
}

const ECF_LOGIN = /^https:\/\/ecf\.([a-z]+)\.uscourts\.gov\/?$/;
/** "612-664-5155", "612.664.5155" or "(317) 229-3800", then what follows. */
const NUMBER = /^(?:\((\d{3})\) ?|(\d{3})[-.])(\d{3})[-.](\d{4})(.*)$/;
/** A note after the number that adds nothing a caller needs: "585-613-4000 - general #". */
const NOTE = /^\s*-\s*general\s*#?\s*$/i;
const EXTENSION = /^,?\s*ext\.?\s*(\d{1,6})\s*$/i;
const OPTION = /^,?\s*option\s+(\d{1,3})\s*$/i;
/** Words in the phone field that mean "no phone". */
const NO_PHONE = /^(?:n\/?a|none)?$/i;
const EMAIL_OR_URL = /\S+@\S+|https?:\/\/\S+/;
const DIVISION = /^[\p{L}\p{N} .,&/'():-]{1,60}$/u;

const decodeEntities = (text: string): string =>
  text
    .replace(/&#0*39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const clean = (value: unknown): string =>
  typeof value === 'string' ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';

/** Lower case, single spaces, no trailing "Court": PACER writes titles both ways. */
const titleKey = (title: string): string =>
  title
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ court$/, '');

/** The division's name, without the e-mail addresses and links some carry; null when none is left. */
export function divisionOf(raw: unknown): string | null {
  const text = clean(raw);
  const cut = EMAIL_OR_URL.exec(text);
  const name = (cut ? text.slice(0, cut.index) : text)
    .replace(/[\s:,-]*\b(?:e-?mail)\b[\s:]*$/i, '')
    .replace(/[\s:,-]+$/, '')
    .trim();
  return DIVISION.test(name) ? name : null;
}

/**
 * One help-desk phone as the court writes it ("(317) 229-3800",
 * "210-472-6720 ext. 240"); null when the field holds no phone (NA, an
 * e-mail address). Throws on text after the number that it does not know.
 */
export function phoneOf(entry: LookupPhone, court: string): PhoneRow | null {
  const raw = clean(entry.phone);
  if (NO_PHONE.test(raw) || (raw.includes('@') && !/\d{3}.\d{4}/.test(raw))) return null;
  const match = NUMBER.exec(raw);
  if (!match) throw new CourtDataError([`${court}: help desk phone "${raw}" is no phone number`]);
  const [, bracketed, plain, exchange, line, rest = ''] = match;
  const area = bracketed ?? plain ?? '';
  if (!/^[2-9]/.test(area) || !/^[2-9]/.test(exchange ?? '')) {
    throw new CourtDataError([`${court}: help desk phone "${raw}" is no North American number`]);
  }
  // The court's own spelling when it is one of the two usual ones; dots become dashes.
  const number = bracketed ? `(${area}) ${exchange}-${line}` : `${area}-${exchange}-${line}`;
  const fieldExt = clean(entry.phoneExt);
  if (fieldExt !== '' && !/^\d{1,6}$/.test(fieldExt)) {
    throw new CourtDataError([`${court}: help desk extension "${fieldExt}" is not digits`]);
  }
  let suffix = '';
  if (EXTENSION.test(rest)) suffix = ` ext. ${EXTENSION.exec(rest)?.[1] ?? ''}`;
  else if (OPTION.test(rest)) suffix = `, option ${OPTION.exec(rest)?.[1] ?? ''}`;
  else if (rest.trim() !== '' && !NOTE.test(rest)) {
    throw new CourtDataError([`${court}: help desk phone "${raw}" has unknown text after it`]);
  }
  if (fieldExt !== '' && suffix === '') suffix = ` ext. ${fieldExt}`;
  const division = divisionOf(entry.division);
  return division ? [`${number}${suffix}`, division] : [`${number}${suffix}`];
}

/** The court's CM/ECF information page, always https (federal sites serve HTTPS only); null when PACER lists none. */
export function pageOf(raw: unknown, court: string): string | null {
  const text = clean(raw);
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CourtDataError([`${court}: web_url "${text}" is not a URL`]);
  }
  const host = url.hostname.toLowerCase();
  if (
    !/^https?:$/.test(url.protocol) ||
    !(host === 'uscourts.gov' || host.endsWith('.uscourts.gov'))
  ) {
    throw new CourtDataError([`${court}: web_url "${text}" is not a uscourts.gov page`]);
  }
  url.protocol = 'https:';
  return url.href;
}

/**
 * Each of our courts' help desk, in the courts' order. An entry is a court's
 * when its login URL is the court's CM/ECF host; its PACER code and title must
 * then agree with ours. Entries of other kinds (appellate, national, the case
 * locator, Ohio Northern's asbestos site) are not ours and are left out.
 */
export function helpDesksFromLookup(text: string, courts: readonly Court[]): HelpDeskRow[] {
  let data: unknown;
  try {
    data = (JSON.parse(text) as { data?: unknown }).data;
  } catch (error) {
    throw new CourtDataError([`the court lookup is not JSON: ${(error as Error).message}`]);
  }
  if (!Array.isArray(data)) throw new CourtDataError(['the court lookup has no "data" list']);
  const ours = new Map(courts.map((court) => [court.id, court]));
  const found = new Map<string, LookupEntry>();
  const problems: string[] = [];
  for (const entry of data as LookupEntry[]) {
    const id = ECF_LOGIN.exec(clean(entry.login_url))?.[1];
    const court = id ? ours.get(id) : undefined;
    if (!id || !court) continue;
    const code = clean(entry.court_id);
    const title = clean(entry.title);
    if (code !== court.pacerCode)
      problems.push(`${id}: court_id "${code}", expected ${court.pacerCode}`);
    if (titleKey(title) !== titleKey(court.pacerTitle)) {
      problems.push(`${id}: title "${title}", expected "${court.pacerTitle}"`);
    }
    if (found.has(id)) problems.push(`${id}: listed twice in the court lookup`);
    found.set(id, entry);
  }
  const rows: HelpDeskRow[] = [];
  for (const court of courts) {
    const entry = found.get(court.id);
    if (!entry) {
      problems.push(`${court.id}: not in the court lookup`);
      continue;
    }
    try {
      const desk = Array.isArray(entry.help_desk) ? (entry.help_desk as LookupPhone[]) : [];
      const phones = desk.flatMap((entry) => {
        const phone = phoneOf(entry, court.id);
        return phone ? [phone] : [];
      });
      // The same number listed for two divisions is one number to call.
      const unique = phones.filter(
        ([number], index) => phones.findIndex(([other]) => other === number) === index,
      );
      rows.push([court.id, pageOf(entry.web_url, court.id), ...unique]);
    } catch (error) {
      if (!(error instanceof CourtDataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new CourtDataError(problems);
  return rows;
}

/** The exact text of court-help-desks.json: one court a line. */
export function helpDesksJson(rows: readonly HelpDeskRow[]): string {
  return `[\n${rows.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`;
}
