import type { Translation } from '../../lib/i18n/catalog';
import type { uploads as english } from '../en/uploads';

export const uploads: Translation<typeof english> = {};
