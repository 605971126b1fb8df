import { MAX_IDLE_WAIT_MS, whenIdle } from '../../src/content/when-idle';

describe('whenIdle', () => {
  it('asks the browser for its next idle time, waiting at most MAX_IDLE_WAIT_MS', () => {
    const requestIdleCallback = vi.fn((callback: () => void) => {
      callback();
      return 1;
    });
    const run = vi.fn();
    whenIdle({ requestIdleCallback } as unknown as Window, run);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {
      timeout: MAX_IDLE_WAIT_MS,
    });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs in a task of its own where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      whenIdle({} as Window, run);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
