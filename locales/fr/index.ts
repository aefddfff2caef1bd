import type { CatalogTranslation } from '../../lib/i18n/catalog';
import type { english } from '../en';
import { meta } from './meta';
import { manifest } from './manifest';
import { links } from './links';
import { background } from './background';
import { core } from './core';
import { popup } from './popup';
import { settings } from './settings';
import { captures } from './captures';
import { captureList } from './captureList';
import { uploads } from './uploads';
import { inPage } from './inPage';
import { panel } from './panel';
import { batch } from './batch';
import { moments } from './moments';

export const french: CatalogTranslation<typeof english> = {
  meta,
  manifest,
  links,
  background,
  core,
  popup,
  settings,
  captures,
  captureList,
  uploads,
  inPage,
  panel,
  batch,
  moments,
};
