import * as v from 'valibot';
import type { GuidePreference, Role, TextSize } from '../progress/preferences';
import { ROLES, TEXT_SIZES } from '../progress/preferences';

export const roleSchema = v.nullable(v.picklist(ROLES as [Role, ...Role[]]));
export const textSizeSchema = v.picklist(TEXT_SIZES as [TextSize, ...TextSize[]]);
export const guidePreferenceSchema = v.object({ collapsed: v.boolean(), enabled: v.boolean() });
/**
 * As stored: fields a later version added survive (see status-schema.ts).
 * Requests keep the strict schema, so that a message cannot store a field.
 */
export const storedGuidePreferenceSchema = v.looseObject(guidePreferenceSchema.entries);

// Compile-time proof that the schema and the type agree.
const _guide = (parsed: v.InferOutput<typeof guidePreferenceSchema>): GuidePreference => parsed;
void _guide;
