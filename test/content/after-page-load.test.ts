import { afterPageLoad, MAX_WAIT_MS } from '../../src/content/after-page-load';

/** A window whose document is still loading, with a load event to fire by hand. */
function loadingWindow(readyState: DocumentReadyState = 'interactive') {
  const events = new EventTarget();
  const page = Object.assign(events, { document: { readyState } }) as unknown as Window;
  return { page, load: () => events.dispatchEvent(new Event('load')) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterPageLoad', () => {
  it('runs at once on a page that has loaded', () => {
    const run = vi.fn();
    afterPageLoad(loadingWindow('complete').page, run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the load event, in a task of its own', () => {
    const run = vi.fn();
    const { page, load } = loadingWindow();
    afterPageLoad(page, run);
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    load();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(MAX_WAIT_MS);
    load();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs once, without waiting further, on a page whose load drags on', () => {
    const run = vi.fn();
    const { page, load } = loadingWindow();
    afterPageLoad(page, run);
    vi.advanceTimersByTime(MAX_WAIT_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    load();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled (the filer left the page first)', () => {
    const run = vi.fn();
    const { page, load } = loadingWindow();
    const cancel = afterPageLoad(page, run);
    load();
    cancel();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
