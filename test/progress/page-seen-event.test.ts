import type { RecognisedPage } from '../../src/progress/page-seen-event';
import { pageSeenEvent } from '../../src/progress/page-seen-event';

const blank: RecognisedPage = {
  training: false,
  flow: null,
  step: null,
  linked: null,
  courtOptions: null,
  registrations: null,
};

describe('pageSeenEvent', () => {
  it('copies flow, step and linked, and stamps the time given', () => {
    expect(
      pageSeenEvent('mnd', { ...blank, flow: 'court-link', step: 'ecf-main', linked: false }, 5),
    ).toStrictEqual({
      type: 'page-seen',
      at: 5,
      flow: 'court-link',
      step: 'ecf-main',
      linked: false,
      courtOffered: null,
      requestProcessed: null,
    });
  });

  it('is plain data that survives a message', () => {
    const event = pageSeenEvent('mnd', { ...blank, step: 'utilities', flow: 'court-link' }, 1);
    expect(JSON.parse(JSON.stringify(event))).toStrictEqual(event);
  });

  it('reports nothing for a training site', () => {
    expect(
      pageSeenEvent('mnd', { ...blank, training: true, step: 'link-done', linked: true }, 1),
    ).toBeNull();
  });

  describe('courtOffered', () => {
    const select = (courtOptions: readonly string[] | null): RecognisedPage => ({
      ...blank,
      flow: 'pacer-request',
      step: 'court-select',
      courtOptions,
    });

    it('is true when the drop-down lists the court', () => {
      expect(pageSeenEvent('cacb', select(['azb', 'cacb']), 1)?.courtOffered).toBe(true);
    });

    it('is false when the drop-down lists courts of its type but not it', () => {
      expect(pageSeenEvent('cacb', select(['azb', 'cob']), 1)?.courtOffered).toBe(false);
    });

    it('is null when the drop-down lists only the other type of court', () => {
      expect(pageSeenEvent('cacb', select(['azd', 'mnd']), 1)?.courtOffered).toBeNull();
    });

    it('is null when the drop-down is empty (no type chosen yet)', () => {
      expect(pageSeenEvent('mnd', select([]), 1)?.courtOffered).toBeNull();
    });

    it('is null on pages without the drop-down', () => {
      expect(pageSeenEvent('mnd', select(null), 1)?.courtOffered).toBeNull();
    });
  });

  describe('requestProcessed', () => {
    const history = (registrations: RecognisedPage['registrations']): RecognisedPage => ({
      ...blank,
      flow: 'pacer-request',
      step: 'registration-history',
      registrations,
    });

    it('is true when a request for the court is processed', () => {
      const rows = [{ court: 'mnd', status: 'Processed', processed: true }];
      expect(pageSeenEvent('mnd', history(rows), 1)?.requestProcessed).toBe(true);
    });

    it('is true when an older unprocessed request is listed beside the processed one', () => {
      const rows = [
        { court: 'mnd', status: 'Rejected', processed: false },
        { court: 'mnd', status: 'Processed', processed: true },
      ];
      expect(pageSeenEvent('mnd', history(rows), 1)?.requestProcessed).toBe(true);
    });

    it('is false when the court’s only request is pending', () => {
      const rows = [
        { court: 'mnd', status: 'Pending', processed: false },
        { court: 'iasd', status: 'Processed', processed: true },
      ];
      expect(pageSeenEvent('mnd', history(rows), 1)?.requestProcessed).toBe(false);
    });

    it('is null when no request for the court is listed', () => {
      const rows = [{ court: 'iasd', status: 'Processed', processed: true }];
      expect(pageSeenEvent('mnd', history(rows), 1)?.requestProcessed).toBeNull();
    });

    it('is null on pages without the history', () => {
      expect(pageSeenEvent('mnd', history(null), 1)?.requestProcessed).toBeNull();
    });
  });
});
