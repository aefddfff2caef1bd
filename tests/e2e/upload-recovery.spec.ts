/**
 * Uploads that meet trouble on the way, told as what the person sees and what Sume ends up with:
 * each step (presign → PUT to storage → finalize) is retried on its own, so a storage hiccup
 * re-sends the bytes, a failed finalize never re-sends them, and an expired upload link is swapped
 * for a new one. In every case Sume ends with exactly one asset holding all the bytes.
 */
import type { Fault } from './sandbox-driver';
import type { UploadsPanel } from './pages/uploads-panel';
import { expect, test } from './upload-fixtures';
import { UploadLedger } from './upload-ledger';
import { MB, type TestFiles } from './upload-media';
import { FINALIZE, PRESIGN, STORAGE_PUT, type SandboxLibrary } from './upload-sandbox';

const SIZE = 2 * MB;
/** Retries wait 0.5–1 s after a first failure (lib/retry/retry.ts UPLOAD_BACKOFF). */
const UNTIL_DONE = { timeout: 20_000 };

/** Chooses one file on the Uploads tab and starts writing down what its row says. */
async function startUpload(openUploadsTab: () => Promise<UploadsPanel>, files: TestFiles, name: string): Promise<UploadsPanel> {
  const file = await files.make(name, SIZE);
  const uploads = await openUploadsTab();
  await uploads.recordWhatRowsSay();
  await uploads.chooseFiles([file.path]);
  await expect(uploads.outcome).toContainText('One file is uploading');
  return uploads;
}

/** The upload ended well on both sides: done with an asset here, one complete asset in Sume. */
async function expectLandedOnce(uploads: UploadsPanel, library: SandboxLibrary, name: string): Promise<void> {
  await expect(uploads.step(name)).toHaveText('Added to your Asset Library', UNTIL_DONE);
  const record = await new UploadLedger(uploads.page).onlyUpload();
  expect(record).toMatchObject({ status: 'done', assetId: expect.stringMatching(/^asset_/) });
  expect(await library.assetIds()).toEqual([record.assetId]);
  const received = (await library.uploads()).filter((upload) => upload.status === 'uploaded');
  expect(received).toEqual([expect.objectContaining({ filename: name, received_bytes: SIZE, asset_id: record.assetId })]);
}

test('when Sume fails to create the asset, it is created again without sending the bytes twice', async ({
  sandbox,
  connect,
  openUploadsTab,
  library,
  files,
}) => {
  await connect();
  await sandbox.injectFault({ method: 'POST', path: '/api/v1/assets', status: 500, times: 1 });

  const name = 'finalize-hiccup.mp4';
  const uploads = await startUpload(openUploadsTab, files, name);
  await expectLandedOnce(uploads, library, name);

  expect((await library.requestsTo(STORAGE_PUT)).map((request) => request.status)).toEqual([200]);
  expect((await library.requestsTo(FINALIZE)).map((request) => request.status)).toEqual([500, 201]);
  // The row showed "Uploading" for one stretch only: the bar never went back to the start.
  const said = await uploads.whatRowSaid(name);
  expect(
    said.filter((line, i) => line.startsWith('Uploading') && !said[i - 1]?.startsWith('Uploading')),
    said.join('\n'),
  ).toHaveLength(1);
});

test('an upload link that expires before the bytes arrive is replaced by a new one', async ({ sandbox, connect, openUploadsTab, library, files }) => {
  await connect();
  // Sume hands out links that live 1.5 s, and the storage takes 2 s to start taking the bytes.
  await library.setSignedUrlLifetime(1_500);
  await sandbox.injectFault({ method: 'PUT', path: '/__storage/*', delayMs: 2_000, times: 1 });

  const name = 'short-link.mp4';
  const uploads = await startUpload(openUploadsTab, files, name);
  await expectLandedOnce(uploads, library, name);

  expect((await library.requestsTo(STORAGE_PUT)).map((request) => request.status)).toEqual([403, 200]);
  expect((await library.requestsTo(PRESIGN)).length).toBeGreaterThanOrEqual(2);
  // The bytes went to a new link (a new storage key), not to the expired one again.
  const links = await library.uploads();
  expect(links.filter((link) => link.status === 'uploaded')).toHaveLength(1);
  expect(links.filter((link) => link.status === 'presigned').length).toBeGreaterThanOrEqual(1);
});

// A storage host that fails a PUT: the bytes are sent again, and only once more.
const STORAGE_FAULTS: { name: string; fault: Fault; status: number; reason: RegExp }[] = [
  {
    name: 'answers HTTP 500',
    fault: { method: 'PUT', path: '/__storage/*', status: 500, times: 1 },
    status: 500,
    reason: /The storage service refused the upload \(HTTP 500\)\./,
  },
  {
    name: 'drops the connection',
    fault: { method: 'PUT', path: '/__storage/*', drop: true, times: 1 },
    status: 0,
    reason: /The upload was interrupted\. It will be retried\./,
  },
];

for (const { name: what, fault, status, reason } of STORAGE_FAULTS) {
  test(`when the storage ${what}, the PUT is retried and the file lands once`, async ({ sandbox, connect, openUploadsTab, library, files }) => {
    await connect();
    await sandbox.injectFault(fault);

    const name = `storage-${status}.mp4`;
    const uploads = await startUpload(openUploadsTab, files, name);
    await expectLandedOnce(uploads, library, name);

    expect((await library.requestsTo(STORAGE_PUT)).map((request) => request.status)).toEqual([status, 200]);
    expect((await library.requestsTo(FINALIZE)).length).toBe(1);
    const said = await uploads.whatRowSaid(name);
    expect(
      said.some((line) => /^(Waiting to retry \(in \d+ s\)|Retrying…) — /.test(line) && reason.test(line)),
      said.join('\n'),
    ).toBe(true);
  });
}

test('a signed upload that the storage redirects elsewhere fails instead of counting, and no asset is made', async ({
  sandbox,
  connect,
  openUploadsTab,
  library,
  files,
}) => {
  await connect();
  // Every PUT is sent on to another address: wherever the bytes end up, this upload must not count.
  await sandbox.injectFault({ method: 'PUT', path: '/__storage/*', status: 307, redirectTo: '/__storage/elsewhere/not-signed', times: 10 });

  const name = 'redirected.mp4';
  const uploads = await startUpload(openUploadsTab, files, name);
  await expect.poll(async () => (await new UploadLedger(uploads.page).onlyUpload()).status, UNTIL_DONE).toBe('failed');
  const record = await new UploadLedger(uploads.page).onlyUpload();
  expect(record.error?.code).toBe('upload_redirected');
  await expect(uploads.rows.first()).toContainText('The storage service redirected the upload elsewhere, so it was refused.');
  expect(await library.assetIds()).toEqual([]);
  expect(await library.requestsTo(FINALIZE)).toEqual([]);
});
