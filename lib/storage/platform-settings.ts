/**
 * The settings' per-platform switches (the in-page button on or off), derived from the platform
 * registry: one boolean per platform, on by default, and a stored value from before a platform
 * existed gains it switched on.
 */
import { z } from 'zod';
import { PLATFORMS, type Platform, type PlatformId } from '../platforms/registry';

export type PlatformSwitches = Record<PlatformId, boolean>;

export function buttonsSchemaFor(platforms: readonly Platform[] = PLATFORMS) {
  return z.object(Object.fromEntries(platforms.map((platform) => [platform.id, z.boolean()])) as Record<string, z.ZodBoolean>);
}

export const buttonsSchema = buttonsSchemaFor() as unknown as z.ZodType<PlatformSwitches>;

/** Every platform of the registry switched on, except those already switched off. */
export function withEveryPlatform(stored: Record<string, boolean> | undefined, platforms: readonly Platform[] = PLATFORMS): Record<string, boolean> {
  return Object.fromEntries(platforms.map((platform) => [platform.id, stored?.[platform.id] ?? true]));
}
