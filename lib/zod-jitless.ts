/**
 * zod compiles fast parsers with `new Function` and probes for it on first use; a strict extension
 * CSP refuses it (and reports the probe). Imported first by every entrypoint that parses, so zod
 * never tries; wxt.config.ts also strips the constructor from the bundles, so none contains eval.
 */
import { z } from 'zod';

z.config({ jitless: true });
