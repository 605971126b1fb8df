import type { RecognisedPage } from '../../src/progress/page-seen-event';
import { pageSeenEvent } from '../../src/progress/page-seen-event';

const blank: RecognisedPage = {
  courtsNamed: [],
  training: false,
  flow: null,
  step: null,
  startsFlow: false,
  linkSign: null,
  courtOptions: null,
  registrations: null,
};

describe('pageSeenEvent', () => {
  it('copies what recognition decided (flow, step, whether it starts a flow, the link sign), and stamps the time given', () => {
    const seen = { flow: 'court-link', step: 'utilities', startsFlow: true } as const;
    expect(
      pageSeenEvent('mnd', { ...blank, ...seen, linkSign: 'pacer-only-menus' }, 5),
    ).toStrictEqual({
      type: 'page-seen',
      at: 5,
      flow: 'court-link',
      step: 'utilities',
      startsFlow: true,
      linkSign: 'pacer-only-menus',
      courtOffered: null,
      request: null,
    });
  });

  it('is plain data that survives a message', () => {
    const event = pageSeenEvent('mnd', { ...blank, step: 'utilities', flow: 'court-link' }, 1);
    expect(JSON.parse(JSON.stringify(event))).toStrictEqual(event);
  });

  it('reports nothing for a training site', () => {
    expect(
      pageSeenEvent(
        'mnd',
        { ...blank, training: true, step: 'link-done', linkSign: 'link-done' },
        1,
      ),
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

  describe('request', () => {
    const history = (registrations: RecognisedPage['registrations']): RecognisedPage => ({
      ...blank,
      flow: 'pacer-request',
      step: 'registration-history',
      registrations,
    });

    it('is processed when a request for the court is processed', () => {
      const rows = [{ court: 'mnd', status: 'Processed', state: 'processed' as const }];
      expect(pageSeenEvent('mnd', history(rows), 1)?.request).toBe('processed');
    });

    it('is processed when an older rejected request is listed beside the processed one', () => {
      const rows = [
        { court: 'mnd', status: 'Rejected', state: 'rejected' as const },
        { court: 'mnd', status: 'Processed', state: 'processed' as const },
      ];
      expect(pageSeenEvent('mnd', history(rows), 1)?.request).toBe('processed');
    });

    it('is pending when the court’s only request is pending', () => {
      const rows = [
        { court: 'mnd', status: 'Pending', state: 'pending' as const },
        { court: 'iasd', status: 'Processed', state: 'processed' as const },
      ];
      expect(pageSeenEvent('mnd', history(rows), 1)?.request).toBe('pending');
    });

    it('is null when the court’s rows are in words that prove nothing', () => {
      const rows = [
        { court: 'mnd', status: 'Rejected', state: 'rejected' as const },
        { court: 'mnd', status: 'Awaiting fee waiver review', state: 'unknown' as const },
      ];
      expect(pageSeenEvent('mnd', history(rows), 1)?.request).toBeNull();
    });

    it('is null when no request for the court is listed', () => {
      const rows = [{ court: 'iasd', status: 'Processed', state: 'processed' as const }];
      expect(pageSeenEvent('mnd', history(rows), 1)?.request).toBeNull();
    });

    it('is null on pages without the history', () => {
      expect(pageSeenEvent('mnd', history(null), 1)?.request).toBeNull();
    });
  });
});
