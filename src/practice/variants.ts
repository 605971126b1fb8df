// "What can go wrong": each variant changes the practice pages the way a real
// filer's pages would differ, so the guide shows its warning by its own logic.
import type { FlowId } from '../flows/types';
import { t } from '../platform/i18n';
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
  /** In the filer's language, read when shown. */
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
    get label() {
      return t('practice_variant_none');
    },
    get description() {
      return t('practice_variant_none_detail');
    },
    showsOn: () => null,
  },
  {
    id: 'release-route',
    get label() {
      return t('practice_variant_release_route');
    },
    get description() {
      return t('practice_variant_release_route_detail');
    },
    showsOn: () => 'utilities',
  },
  {
    id: 'names-differ',
    get label() {
      return t('practice_variant_names_differ');
    },
    get description() {
      return t('practice_variant_names_differ_detail');
    },
    showsOn: () => 'link-confirm',
  },
  {
    id: 'shared-account',
    get label() {
      return t('practice_variant_shared_account');
    },
    get description() {
      return t('practice_variant_shared_account_detail');
    },
    showsOn: (flow) => (flow === 'court-link' ? 'link-confirm' : 'manage-account'),
  },
  {
    id: 'cookies-blocked',
    get label() {
      return t('practice_variant_cookies_blocked');
    },
    get description() {
      return t('practice_variant_cookies_blocked_detail');
    },
    showsOn: login,
  },
  {
    id: 'legacy-username',
    get label() {
      return t('practice_variant_legacy_username');
    },
    get description() {
      return t('practice_variant_legacy_username_detail');
    },
    showsOn: login,
  },
  {
    id: 'court-missing',
    get label() {
      return t('practice_variant_court_missing');
    },
    get description() {
      return t('practice_variant_court_missing_detail');
    },
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
