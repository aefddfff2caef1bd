import { createHash, randomBytes } from 'node:crypto';
import type { FaultRecord } from './faults';
import { configFrom, OTHER_WORKSPACE_KEY, READONLY_KEY, type SandboxConfig, type SandboxOptions } from './options';

/** All sandbox state lives in memory in one object, so a reset is one assignment. */

export const WRITE_SCOPES = ['reference_analysis:write', 'uploads:write', 'assets:write'] as const;
export const READ_SCOPES = ['me:read', 'credits:read', 'jobs:read', 'assets:read'] as const;
export type Scope = (typeof WRITE_SCOPES)[number] | (typeof READ_SCOPES)[number];
const ALL_SCOPES: readonly Scope[] = ['me:read', 'credits:read', 'jobs:read', 'reference_analysis:write', 'uploads:write', 'assets:read', 'assets:write'];

export interface Workspace {
  id: string;
  name: string;
  plan: string;
  monthlyCredits: number;
  remainingCredits: number;
  user: { id: string; email: string; name: string };
}

export interface ApiKeyRecord {
  id: string;
  /** First 12 characters: what /me may show. The full key is never stored, only its hash. */
  prefix: string;
  workspaceId: string;
  scopes: readonly Scope[];
  revoked: boolean;
}

export type JobType = 'reference_analysis' | 'asset_ingest';
export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface JobRecord {
  id: string;
  seq: number;
  workspaceId: string;
  type: JobType;
  sourceUrl: string | null;
  createdAt: number;
  updatedAt: number;
  /** The clock a job was created with; later config changes only affect new jobs. */
  queuedMs: number;
  runningMs: number;
  status: JobStatus;
  error: { code: string; message: string } | null;
  result: unknown;
  idempotencyKey: string | null;
  assetId: string | null;
}

export interface UploadRecord {
  storageKey: string;
  workspaceId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  receivedBytes: number;
  purpose: string | null;
  status: 'presigned' | 'uploaded';
  expiresAt: number;
  filePath: string;
  etag: string | null;
  assetId: string | null;
}

export interface AssetRecord {
  id: string;
  seq: number;
  workspaceId: string;
  storageKey: string;
  title: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sourceUrl: string | null;
  status: 'processing' | 'ready' | 'failed';
  createdAt: number;
  updatedAt: number;
  durationSeconds: number | null;
  metadata: Record<string, unknown>;
  jobId: string;
}

export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  route: string;
  status: number;
  at: string;
  request_id: string;
}

export interface SandboxState {
  readonly options: SandboxOptions;
  config: SandboxConfig;
  /** Signs upload URLs; fresh per reset so old URLs stop working. */
  secret: Buffer;
  workspaces: Map<string, Workspace>;
  keys: Map<string, ApiKeyRecord>;
  jobs: Map<string, JobRecord>;
  uploads: Map<string, UploadRecord>;
  assets: Map<string, AssetRecord>;
  idempotency: Map<string, IdempotencyRecord>;
  faults: FaultRecord[];
  nextResults: unknown[];
  rateWindows: Map<string, { start: number; count: number }>;
  requestLog: RequestLogEntry[];
  requestCounts: { total: number; byRoute: Record<string, number> };
  seq: number;
  /** How far the job clock runs ahead of the wall clock (POST /__sandbox/clock): tests advance time instead of sleeping. */
  clockOffsetMs: number;
}

export const DEMO_WORKSPACE_ID = 'wks_sandbox';
const OTHER_WORKSPACE_ID = 'wks_other';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function workspace(id: string, name: string, credits: number, user: Workspace['user']): Workspace {
  return { id, name, plan: 'pro', monthlyCredits: credits, remainingCredits: credits, user };
}

function keyEntry(key: string, id: string, workspaceId: string, scopes: readonly Scope[]): [string, ApiKeyRecord] {
  return [hashKey(key), { id, prefix: key.slice(0, 12), workspaceId, scopes, revoked: false }];
}

export function createState(options: SandboxOptions): SandboxState {
  const credits = options.initialCredits;
  return {
    options,
    config: configFrom(options),
    secret: randomBytes(32),
    workspaces: new Map([
      [
        DEMO_WORKSPACE_ID,
        workspace(DEMO_WORKSPACE_ID, 'Sandbox Workspace', credits, {
          id: 'usr_sandbox_demo',
          email: 'demo@sandbox.sume.local',
          name: 'Sandbox Demo',
        }),
      ],
      [
        OTHER_WORKSPACE_ID,
        workspace(OTHER_WORKSPACE_ID, 'Another Workspace', credits, {
          id: 'usr_sandbox_other',
          email: 'other@sandbox.sume.local',
          name: 'Other User',
        }),
      ],
    ]),
    keys: new Map([
      keyEntry(options.demoKey, 'key_sandbox_demo', DEMO_WORKSPACE_ID, ALL_SCOPES),
      keyEntry(READONLY_KEY, 'key_sandbox_readonly', DEMO_WORKSPACE_ID, READ_SCOPES),
      keyEntry(OTHER_WORKSPACE_KEY, 'key_sandbox_other', OTHER_WORKSPACE_ID, ALL_SCOPES),
    ]),
    jobs: new Map(),
    uploads: new Map(),
    assets: new Map(),
    idempotency: new Map(),
    faults: [],
    nextResults: [],
    rateWindows: new Map(),
    requestLog: [],
    requestCounts: { total: 0, byRoute: {} },
    seq: 0,
    clockOffsetMs: 0,
  };
}

/** Mutates in place: `Sandbox.state` handed out earlier must keep pointing at live state. */
export function resetState(state: SandboxState): void {
  Object.assign(state, createState(state.options));
}

/** The sandbox's own time: jobs are created, queued, run and finish by it. */
export const sandboxNow = (state: SandboxState): number => Date.now() + state.clockOffsetMs;

export function nextSeq(state: SandboxState): number {
  state.seq += 1;
  return state.seq;
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

export function demoWorkspace(state: SandboxState): Workspace {
  const found = state.workspaces.get(DEMO_WORKSPACE_ID);
  if (!found) throw new Error('demo workspace missing');
  return found;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
