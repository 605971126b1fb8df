// The content script's builds use the browser's own API in place of the polyfill.
const scope = globalThis as { browser?: unknown; chrome?: unknown };

async function nativeBrowser(): Promise<unknown> {
  vi.resetModules();
  return (await import('../../src/platform/native-browser')).default;
}

describe('the browser API the content script uses', () => {
  afterEach(() => {
    delete scope.browser;
    delete scope.chrome;
  });

  it("is Firefox's `browser` where there is one, as the polyfill would hand back", async () => {
    const firefox = { runtime: { id: 'firefox' } };
    scope.browser = firefox;
    scope.chrome = { runtime: { id: 'chrome' } };
    expect(await nativeBrowser()).toBe(firefox);
  });

  it("is Chromium's `chrome` where there is no `browser`", async () => {
    const chromium = { runtime: { id: 'chromium' } };
    scope.chrome = chromium;
    expect(await nativeBrowser()).toBe(chromium);
  });
});
