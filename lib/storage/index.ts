/**
 * Every persisted value is declared in this folder, each item with a version (and numbered, tested
 * migrations where it changed shape), each read validated with zod: a value that does not fit is
 * set aside and reported (quarantine.ts), never silently dropped. Small things live in
 * `storage.local` (settings, the key, capture records); large things (results, upload bytes) in
 * IndexedDB (database.ts). This index gathers the settings and the account, which most modules use.
 */
export * from './account';
export * from './read-valid';
export * from './settings';
