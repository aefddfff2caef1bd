import type { Translation } from '../../lib/i18n/catalog';
import type { core as english } from '../en/core';

export const core: Translation<typeof english> = {
  credits: { one: '{count} crédit', other: '{count} crédits' },
};
