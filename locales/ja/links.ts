import type { Translation } from '../../lib/i18n/catalog';
import type { links as english } from '../en/links';

export const links: Translation<typeof english> = {};
