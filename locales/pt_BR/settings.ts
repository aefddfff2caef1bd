import type { Translation } from '../../lib/i18n/catalog';
import type { settings as english } from '../en/settings';

export const settings: Translation<typeof english> = {};
