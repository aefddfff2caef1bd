/** English: the source every other language is translated from, and the browsers' fallback. */
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

export const english = { meta, manifest, links, background, core, popup, settings, captures, captureList, uploads, inPage, panel, batch, moments } as const;
