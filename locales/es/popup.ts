import type { Translation } from '../../lib/i18n/catalog';
import type { popup as english } from '../en/popup';

export const popup: Translation<typeof english> = {};
