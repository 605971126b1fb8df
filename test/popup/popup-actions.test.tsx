// What a filer does in the popup: add a court by keyboard, change a status by
// hand after confirming, reset, and see reports arrive while it is open.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { inProgress, linked, T0 } from '../progress/builders';
import { courtRows, openPopup, rowOf, storedWith } from './open-popup';

afterEach(cleanup);

const storedStatuses = async () =>
  ((await fakeBrowser.storage.local.get('statuses')).statuses ?? {}) as Record<
    string,
    { status: string }
  >;

describe('adding a court by type-ahead', () => {
  it('follows the combobox pattern and adds the chosen court from the keyboard', async () => {
    await openPopup();
    const input = screen.getByRole('combobox', { name: 'Court name, state or id' });
    expect(input.getAttribute('aria-expanded')).toBe('false');

    fireEvent.input(input, { target: { value: 'minnesota' } });
    const listbox = screen.getByRole('listbox', { name: 'Matching courts' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.id)).toStrictEqual([
      'court-option-mnd',
      'court-option-mnb',
    ]);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe('court-option-mnb');
    expect(within(listbox).getByRole('option', { selected: true }).id).toBe('court-option-mnb');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('not-started'));
    expect(courtRows()).toHaveLength(1);
    expect((input as HTMLInputElement).value).toBe('');
    // The row comes from the storage change, the notice once the background answers: either may be first.
    expect(await screen.findByText('Minnesota District Court added to your courts.')).toBeTruthy();
  });

  it('adds the only match on Enter, and closes the list on Escape', async () => {
    await openPopup();
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'xyz-no-court' } });
    expect(screen.getByText('No court matches.')).toBeTruthy();
    fireEvent.input(input, { target: { value: 'cacb' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(rowOf('cacb')).not.toBeNull());
  });

  it('adds a court clicked in the list, and marks courts already tracked', async () => {
    await openPopup({ stored: storedWith({ mnd: linked() }) });
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'minnesota' } });
    expect(document.getElementById('court-option-mnd')?.textContent).toBe(
      'Minnesota District Court mnd · in my courts',
    );
    expect(document.getElementById('court-option-mnb')?.textContent).not.toContain('in my courts');
    fireEvent.click(screen.getByRole('option', { name: /Minnesota Bankruptcy Court/ }));
    await waitFor(() => expect(rowOf('mnb')).not.toBeNull());
  });
});

describe('changing a status by hand', () => {
  it('asks first, changes nothing on cancel, and marks linked on confirm', async () => {
    await openPopup({ stored: storedWith({ mnd: inProgress('court-link', 'link-form') }) });
    const row = rowOf('mnd') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /Change/ }));
    fireEvent.click(within(row).getByRole('button', { name: 'Mark linked…' }));

    const question = within(row).getByRole('group', {
      name: /Mark Minnesota District Court as linked\?/,
    });
    expect(document.activeElement).toBe(question);
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await storedStatuses()).mnd?.status).toBe('in-progress');

    fireEvent.click(within(row).getByRole('button', { name: 'Mark linked…' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Yes, mark linked' }));
    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('linked'));
    expect(rowOf('mnd')?.textContent).toContain('Set by you');
    expect((await storedStatuses()).mnd).toMatchObject({
      status: 'linked',
      source: { kind: 'manual' },
    });
  });

  it('clears a setting of the filer back to what the pages showed', async () => {
    await openPopup({ stored: storedWith({ mnd: inProgress('court-link', 'link-form') }) });
    const open = (label: string) => {
      const row = rowOf('mnd') as HTMLElement;
      fireEvent.click(within(row).getByRole('button', { name: /Change/ }));
      fireEvent.click(within(row).getByRole('button', { name: label }));
    };
    open('Mark not needed…');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, mark not needed' }));
    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('not-needed'));
    open('Clear my setting');
    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('in-progress'));
  });

  it('resets and removes a court after confirming', async () => {
    await openPopup({ stored: storedWith({ mnd: linked(), cacb: linked() }) });
    const act = (court: string, label: string, yes: string) => {
      const row = rowOf(court) as HTMLElement;
      fireEvent.click(within(row).getByRole('button', { name: /Change/ }));
      fireEvent.click(within(row).getByRole('button', { name: label }));
      fireEvent.click(within(row).getByRole('button', { name: yes }));
    };
    act('mnd', 'Reset…', 'Yes, reset');
    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('not-started'));
    act('cacb', 'Remove from my courts…', 'Yes, remove');
    await waitFor(() => expect(rowOf('cacb')).toBeNull());
    expect(Object.keys(await storedStatuses())).toStrictEqual(['mnd']);
  });
});

describe('while the popup is open', () => {
  it('shows a report from a court tab as it arrives', async () => {
    await openPopup({ stored: storedWith({ mnd: inProgress('court-link', 'link-confirm') }) });
    await fakeBrowser.storage.local.set({
      statuses: { mnd: linked('link-done', 'link-done', T0 + 1) },
    });
    await waitFor(() => expect(rowOf('mnd')?.dataset.status).toBe('linked'));
  });
});
