// @vitest-environment node
// Which task of a traced load is ours: the extension's, or the control's page script.
import {
  longestTasks,
  ownOverlayEvent,
  type TraceEvent,
} from '../../scripts/bench/measure-huge-pages';
import { OWN_OVERLAY_FUNCTION } from '../../scripts/bench/page-own-overlay';

const PAGE = 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl';
const on = { pid: 1, tid: 2 };
const task = (ms: number, at: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts: at * 1000,
  dur: ms * 1000,
  ...on,
});
const call = (at: number, data: { url?: string; functionName?: string }): TraceEvent => ({
  name: 'FunctionCall',
  ph: 'X',
  ts: at * 1000,
  dur: 1000,
  ...on,
  args: { data },
});

const EVENTS: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, ...on, args: { name: 'CrRendererMain' } },
  { name: 'ParseHTML', ph: 'X', ts: 0, dur: 1, ...on, args: { beginData: { url: PAGE } } },
  task(300, 0),
  task(40, 1000),
  call(1001, { url: 'chrome-extension://abc/content/overlay.js' }),
  task(120, 2000),
  call(2001, { url: PAGE, functionName: OWN_OVERLAY_FUNCTION }),
];

describe('the longest task of ours in a trace', () => {
  it("is the extension's by default: a task that ran one of its scripts", () => {
    expect(longestTasks(EVENTS, PAGE)).toEqual({
      extensionMs: 40,
      extensionEvents: ['FunctionCall overlay.js'],
      anyMs: 300,
    });
  });

  it("is the page's own box for the floor, found by its frame callback's name", () => {
    expect(longestTasks(EVENTS, PAGE, ownOverlayEvent)).toEqual({
      extensionMs: 120,
      extensionEvents: [`FunctionCall ${OWN_OVERLAY_FUNCTION}`],
      anyMs: 300,
    });
  });
});
