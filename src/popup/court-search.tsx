// Add any of the 188 courts by name, state or id. The ARIA 1.2 combobox
// pattern with a listbox popup: focus stays in the text box and the active
// option is announced through aria-activedescendant.

import { useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { searchCourts } from '../flows/court-registry';
import type { Court } from '../flows/types';
import { t } from '../platform/i18n';

const LIMIT = 8;
const LISTBOX_ID = 'court-search-results';
const optionId = (court: Court): string => `court-option-${court.id}`;

interface CourtSearchProps {
  /** Courts already in "My courts", marked as such in the results. */
  readonly tracked: ReadonlySet<string>;
  readonly onAdd: (court: Court) => void;
}

export function CourtSearch({ tracked, onAdd }: CourtSearchProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => searchCourts(query, LIMIT), [query]);
  const expanded = open && results.length > 0;
  const activeCourt = expanded ? results[active] : undefined;

  const choose = (court: Court): void => {
    onAdd(court);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => Math.min(index + 1, results.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter': {
        const court = activeCourt ?? (results.length === 1 ? results[0] : undefined);
        if (court) {
          event.preventDefault();
          choose(court);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  };

  return (
    <section aria-labelledby="add-court-heading" class="court-search">
      <h2 id="add-court-heading">{t('popup_add_court_heading')}</h2>
      <label for="court-search-input">{t('popup_court_search_label')}</label>
      <input
        id="court-search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('popup_court_search_placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={activeCourt ? optionId(activeCourt) : undefined}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={LISTBOX_ID} role="listbox" aria-label={t('popup_matching_courts')} hidden={!expanded}>
        {expanded &&
          results.map((court, index) => (
            <li
              key={court.id}
              id={optionId(court)}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'option active' : 'option'}
              // Keep focus in the text box: choosing must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(court)}
            >
              <span class="option-title">{court.pacerTitle}</span>{' '}
              <span class="court-id">{court.id}</span>
              {tracked.has(court.id) && (
                <span class="option-note"> · {t('popup_in_my_courts')}</span>
              )}
            </li>
          ))}
      </ul>
      <p class="visually-hidden" role="status">
        {query.trim() === ''
          ? ''
          : results.length === 0
            ? t('popup_no_court_matches')
            : expanded
              ? results.length === 1
                ? t('popup_courts_found_one')
                : t('popup_courts_found', String(results.length))
              : ''}
      </p>
    </section>
  );
}
