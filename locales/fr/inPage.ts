import type { Translation } from '../../lib/i18n/catalog';
import type { inPage as english } from '../en/inPage';

export const inPage: Translation<typeof english> = {};
