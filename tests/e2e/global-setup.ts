import { buildExtensionForE2e } from './extension-build';

/** Builds the e2e extension for Chrome and Firefox once per run (SUME_E2E_SKIP_BUILD=1 reuses the last build). */
export default function globalSetup(): void {
  if (process.env.SUME_E2E_SKIP_BUILD === '1') return;
  buildExtensionForE2e();
}
