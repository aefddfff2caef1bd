import type { Translation } from '../../lib/i18n/catalog';
import type { captureList as english } from '../en/captureList';

export const captureList: Translation<typeof english> = {};
