import type { Translation } from '../../lib/i18n/catalog';
import type { meta as english } from '../en/meta';

export const meta: Translation<typeof english> = {
  language: 'ja',
};
