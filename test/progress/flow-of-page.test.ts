// `pacer-login` serves both flows: recognition names the flow when the login
// page's address says where it leads; otherwise the court's flow under way does.
import { flowOfPage } from '../../src/progress/flow-of-page';
import { inProgress, linked, notStarted } from './builders';

describe('flowOfPage', () => {
  it('is the flow recognition names, whatever is under way', () => {
    const page = { flow: 'court-link', step: 'pacer-login' } as const;
    expect(flowOfPage(page, inProgress('pacer-request', 'pacer-home'))).toBe('court-link');
    expect(flowOfPage(page, null)).toBe('court-link');
  });

  it('is the flow under way for a login page whose address does not say', () => {
    const page = { flow: null, step: 'pacer-login' } as const;
    expect(flowOfPage(page, inProgress('pacer-request', 'manage-login-gate'))).toBe(
      'pacer-request',
    );
    expect(flowOfPage(page, inProgress('court-link', 'ecf-home'))).toBe('court-link');
  });

  it('is none when nothing is under way, or the flow under way has no such step', () => {
    const page = { flow: null, step: 'pacer-login' } as const;
    expect(flowOfPage(page, notStarted)).toBeNull();
    expect(flowOfPage(page, linked())).toBeNull();
    expect(flowOfPage(page, null)).toBeNull();
    expect(flowOfPage({ flow: null, step: 'payment' }, inProgress('court-link', 'utilities'))).toBe(
      null,
    );
  });
});
