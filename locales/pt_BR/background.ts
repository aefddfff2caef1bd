import type { Translation } from '../../lib/i18n/catalog';
import type { background as english } from '../en/background';

export const background: Translation<typeof english> = {};
