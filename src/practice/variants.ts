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

/** A variant's words are the messages `practice_variant_<id>` and `…_detail`, dashes as underscores. */
export const variantMessageKey = (id: VariantId): string =>
  `practice_variant_${id.replace(/-/g, '_')}`;

function variant(id: VariantId, showsOn: Variant['showsOn']): Variant {
  const key = variantMessageKey(id);
  return {
    id,
    get label() {
      return t(key);
    },
    get description() {
      return t(`${key}_detail`);
    },
    showsOn,
  };
}

export const VARIANTS: readonly Variant[] = [
  variant('none', () => null),
  variant('release-route', () => 'utilities'),
  variant('names-differ', () => 'link-confirm'),
  variant('shared-account', (flow) => (flow === 'court-link' ? 'link-confirm' : 'manage-account')),
  variant('cookies-blocked', login),
  variant('legacy-username', login),
  variant('court-missing', (flow) => (flow === 'pacer-request' ? 'court-select' : null)),
];

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
