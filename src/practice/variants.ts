// "What can go wrong": each variant changes the practice pages the way a real
// filer's pages would differ, so the guide shows its warning by its own logic.
import type { FlowId } from '../flows/types';
import type { PracticePageId } from './practice-pages';

export const VARIANT_IDS = [
  'none',
  'release-route',
  'names-differ',
  'shared-account',
  'cookies-blocked',
  'legacy-username',
  'court-missing',
] as const;

export type VariantId = (typeof VARIANT_IDS)[number];

export interface Variant {
  readonly id: VariantId;
  readonly label: string;
  /** What changes on the pages, and what the guide then says. */
  readonly description: string;
  /** The page where it shows, in the flow being demonstrated; null: nowhere in particular. */
  readonly showsOn: (flow: FlowId) => PracticePageId | null;
}

const login = (flow: FlowId): PracticePageId =>
  flow === 'court-link' ? 'court-login' : 'pacer-login';

export const VARIANTS: readonly Variant[] = [
  {
    id: 'none',
    label: 'Everything goes right',
    description: 'The usual pages of a court that is not linked yet.',
    showsOn: () => null,
  },
  {
    id: 'release-route',
    label: 'The link is missing under Utilities',
    description:
      'Utilities lists only “NextGen Release 1.1 Menu Items”: the guide points there and says why.',
    showsOn: () => 'utilities',
  },
  {
    id: 'names-differ',
    label: 'Names that don’t match',
    description:
      'The confirm page shows an assistant’s PACER account: the guide says “go back, do not submit”.',
    showsOn: () => 'link-confirm',
  },
  {
    id: 'shared-account',
    label: 'A shared firm account',
    description:
      'The firm’s PACER account is used: its name on the confirm page is the firm’s, not the attorney’s.',
    showsOn: (flow) => (flow === 'court-link' ? 'link-confirm' : 'manage-account'),
  },
  {
    id: 'cookies-blocked',
    label: 'Cookies blocked',
    description: 'The browser refuses cookies: the guide warns on the PACER login page.',
    showsOn: login,
  },
  {
    id: 'legacy-username',
    label: 'A legacy (short) username',
    description:
      'A 6-character username is typed on the login page: the guide says it looks like a legacy account.',
    showsOn: login,
  },
  {
    id: 'court-missing',
    label: 'The court is missing from the PACER list',
    description:
      'The Court drop-down leaves this court out: the account is already linked there, and the guide says so.',
    showsOn: (flow) => (flow === 'pacer-request' ? 'court-select' : null),
  },
];

export function isVariantId(value: unknown): value is VariantId {
  return typeof value === 'string' && (VARIANT_IDS as readonly string[]).includes(value);
}

export function variantById(id: VariantId): Variant {
  return VARIANTS.find((variant) => variant.id === id) ?? (VARIANTS[0] as Variant);
}

/** The accounts the pages show. Invented names; nothing typed in the practice is ever kept. */
export interface PracticeAccount {
  readonly pacerUsername: string;
  readonly pacerName: string;
  /** The name of the old CM/ECF e-filing account, on the confirm page. */
  readonly cmecfName: string;
  /** What the login page types by itself into the Username field ('' for nothing). */
  readonly typedUsername: string;
}

const ATTORNEY: PracticeAccount = {
  pacerUsername: 'jattorney1',
  pacerName: 'John Attorney',
  cmecfName: 'John Attorney',
  typedUsername: '',
};

export function accountFor(variant: VariantId): PracticeAccount {
  switch (variant) {
    case 'names-differ':
      return { ...ATTORNEY, pacerUsername: 'passistant', pacerName: 'Pat Assistant' };
    case 'shared-account':
      return {
        ...ATTORNEY,
        pacerUsername: 'smithjoneslaw',
        pacerName: 'Smith & Jones LLP',
        typedUsername: 'smithjoneslaw',
      };
    case 'legacy-username':
      // Legacy PACER usernames have 6 characters; upgraded ones at least 8.
      return { ...ATTORNEY, pacerUsername: 'jatty1', typedUsername: 'jatty1' };
    default:
      return ATTORNEY;
  }
}
