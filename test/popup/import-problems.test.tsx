// Why a file was not imported, said in the filer's language: English as it
// always read, Spanish for a browser that speaks Spanish.
import { cleanup, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describeImportProblem } from '../../src/popup/describe-import-problem';
import { parseStatusesFile } from '../../src/storage/parse-statuses-file';
import { inProgress, linked, notStarted } from '../progress/builders';
import { setUiLanguage } from '../support/fake-browser';
import { chooseFile, openPopup, storedWith } from './open-popup';

afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const exportFile = (courts: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'pacer-link-guide/statuses', version: 1, courts, ...extra });

const CASES: readonly [string, string, string, string][] = [
  [
    'not JSON',
    'court,status',
    'f.json: Nothing was imported. The file is not valid JSON. Choose a backup file saved with “Save a backup file”.',
    'f.json: no se importó nada. El archivo no es un JSON válido. Elija una copia de seguridad guardada con «Guardar una copia de seguridad».',
  ],
  [
    'not an export',
    '{"courts": []}',
    'f.json: Nothing was imported. This JSON file is not a PACER Link Guide backup file (its "format" is not "pacer-link-guide/statuses").',
    'f.json: no se importó nada. Este archivo JSON no es una copia de seguridad de PACER Link Guide (su "format" no es "pacer-link-guide/statuses").',
  ],
  [
    'no version',
    exportFile([], { version: 'one' }),
    'f.json: Nothing was imported. The file has no valid "version".',
    'f.json: no se importó nada. El archivo no tiene una "version" válida.',
  ],
  [
    'a newer version',
    exportFile([], { version: 2 }),
    'f.json: Nothing was imported. The file comes from a newer version of PACER Link Guide (format version 2). Update the extension first.',
    'f.json: no se importó nada. El archivo viene de una versión más reciente de PACER Link Guide (versión de formato 2). Actualice primero la extensión.',
  ],
  [
    'no courts list',
    exportFile([], { courts: {} }),
    'f.json: Nothing was imported. The file has no "courts" list.',
    'f.json: no se importó nada. El archivo no tiene la lista "courts".',
  ],
  [
    'an entry without a court',
    exportFile([{ status: notStarted }]),
    'f.json: Nothing was imported. Entry 1 has no "court" id.',
    'f.json: no se importó nada. La entrada 1 no tiene el id "court".',
  ],
  [
    'an unknown court',
    exportFile([
      { court: 'mnd', status: notStarted },
      { court: 'xyz', status: notStarted },
    ]),
    'f.json: Nothing was imported. Entry 2: "xyz" is not a known court id.',
    'f.json: no se importó nada. Entrada 2: "xyz" no es un id de tribunal conocido.',
  ],
  [
    'a court twice',
    exportFile([
      { court: 'mnd', status: notStarted },
      { court: 'mnd', status: linked() },
    ]),
    'f.json: Nothing was imported. Entry 2: court "mnd" is listed twice.',
    'f.json: no se importó nada. Entrada 2: el tribunal "mnd" aparece dos veces.',
  ],
  [
    'a step outside its flow',
    exportFile([{ court: 'mnd', status: inProgress('pacer-request', 'link-form') }]),
    'f.json: Nothing was imported. Entry 1 (mnd): the status is not valid (step: the step is not in that flow).',
    'f.json: no se importó nada. Entrada 1 (mnd): el estado no es válido (en "step").',
  ],
  [
    'a status that is not an object',
    exportFile([{ court: 'mnd', status: 'linked' }]),
    'f.json: Nothing was imported. Entry 1 (mnd): the status is not valid (Invalid type: Expected Object but received "linked").',
    'f.json: no se importó nada. Entrada 1 (mnd): el estado no es válido.',
  ],
  [
    'a file too large',
    ' '.repeat(1_000_001),
    'f.json: Nothing was imported. The file is too large to be a PACER Link Guide backup file.',
    'f.json: no se importó nada. El archivo es demasiado grande para ser una copia de seguridad de PACER Link Guide.',
  ],
];

describe('why a file was not imported', () => {
  it.each(CASES)('%s, in English and in Spanish', (_what, text, english, spanish) => {
    const parsed = parseStatusesFile(text);
    if (parsed.ok) throw new Error('the file was accepted');
    expect(describeImportProblem('f.json', parsed.problem)).toBe(english);
    setUiLanguage('es');
    expect(describeImportProblem('f.json', parsed.problem)).toBe(spanish);
  });

  it('is said in Spanish in the popup of a browser that speaks Spanish', async () => {
    setUiLanguage('es');
    await openPopup({ stored: storedWith({ mnd: linked() }) });
    chooseFile('{"format": "something-else"}', 'notas.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'notas.json: no se importó nada. Este archivo JSON no es una copia de seguridad de PACER Link Guide (su "format" no es "pacer-link-guide/statuses").',
    );
    expect((await fakeBrowser.storage.local.get('statuses')).statuses).toStrictEqual({
      mnd: linked(),
    });
  });
});
