import { KEYS } from '../storage/stored-layout';

/** The stored keys the guide's settings are read from: by the gate early, or by the guide. */
export const GUIDE_SETTINGS_KEYS: readonly string[] = [KEYS.version, KEYS.preferences];
