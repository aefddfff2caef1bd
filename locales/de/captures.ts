import type { Translation } from '../../lib/i18n/catalog';
import type { captures as english } from '../en/captures';

export const captures: Translation<typeof english> = {};
