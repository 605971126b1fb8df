import type { JSX } from 'preact';
import type { Court } from '../../flows/types';
import type { PracticePageId, Registration } from '../practice-pages';
import type { PracticeAccount, VariantId } from '../variants';

/**
 * What every look-alike page is drawn from. Pages move on through their own
 * links and forms: an element with `data-go="<page id>"` leads there (see
 * practice-page.tsx), every other link goes nowhere, and no form is ever sent.
 */
export interface PageProps {
  readonly court: Court;
  readonly account: PracticeAccount;
  readonly variant: VariantId;
  readonly registration: Registration;
}

/** Draws a look-alike; `page` tells apart the pages one component draws. */
export type Render = (props: PageProps & { readonly page: PracticePageId }) => JSX.Element;

/** One look-alike: how it is drawn, and the address of the page it imitates. */
export interface LookAlike {
  readonly render: Render;
  readonly url: (court: Court, registration: Registration) => string;
}

/** Each page file's look-alikes, by page id (look-alikes.ts gathers them). */
export type LookAlikes = { readonly [page in PracticePageId]?: LookAlike };

/** "District of Minnesota" from "U.S. District Court for the District of Minnesota". */
export function districtOf(court: Court): string {
  return court.name.replace(/^U\.S\. (District|Bankruptcy) Court for the /, '');
}

export function courtKind(court: Court): string {
  return court.type === 'district' ? 'District' : 'Bankruptcy';
}
