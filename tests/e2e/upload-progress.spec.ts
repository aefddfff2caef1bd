/**
 * Adding a big video to the Asset Library, told as what a person does and sees: the file is
 * chosen, its bytes move with a live bar (bytes, speed, time left), and it lands in Sume once —
 * also when the window that started it is closed halfway. The link to Sume is slowed to 16 MB/s
 * (upload-network.ts) so the upload lasts long enough to watch. Every byte count and id is checked
 * against what the sandbox received, not against this file.
 */
import { expect, test } from './upload-fixtures';
import { UploadLedger } from './upload-ledger';
import { MB, sha256 } from './upload-media';
import { expectOneAssetOf } from './upload-sandbox';
import { captureLightAndDark } from './screenshots';

const SIZE = 50 * MB;
/** About 3 s for the 50 MB: long enough to watch the bar, and to close a window halfway. */
const LINK_SPEED = 16 * MB;
const UNTIL_UPLOADED = { timeout: 45_000 };

test('a 50 MB video chosen on the Uploads tab reaches the Asset Library with live progress', async ({
  connect,
  throttleUploads,
  openUploadsTab,
  library,
  files,
}) => {
  test.setTimeout(60_000);
  await connect();
  await throttleUploads(LINK_SPEED);
  const name = 'trip-to-lisbon.mp4';
  const video = await files.make(name, SIZE);

  const uploads = await openUploadsTab();
  await uploads.chooseFiles([video.path]);
  await expect(uploads.outcome).toContainText('One file is uploading to your Asset Library.');
  const id = await uploads.row(name).getAttribute('data-upload-id');
  expect(id).toBeTruthy();
  const ledger = new UploadLedger(uploads.page);
  const following = ledger.followProgress(id!, UNTIL_UPLOADED.timeout);

  // While the bytes move the row tells how many went, how fast, and how long is left.
  await expect(uploads.step(name)).toHaveText(/^Uploading · [\d.]+ MB of 50 MB, [\d.]+ (KB|MB)\/s, (\d+ s|\d+ min) left$/, UNTIL_UPLOADED);
  await expect(uploads.progressBar(name)).toHaveAttribute('aria-valuetext', /^[\d.]+ (B|KB|MB) of 50 MB/);
  await captureLightAndDark(uploads.page, 'uploads-tab-uploading');

  const { final, bytesSeen } = await following;
  // Progress came in steps, each further than the last, not just "0" then "done".
  const between = bytesSeen.filter((bytes) => bytes > 0 && bytes < SIZE);
  expect(between.length, `bytesSent seen: ${bytesSeen.join(', ')}`).toBeGreaterThanOrEqual(3);
  expect(bytesSeen).toEqual([...bytesSeen].sort((a, b) => a - b));
  expect(final).toMatchObject({ status: 'done', step: 'done', bytesSent: SIZE, assetId: expect.stringMatching(/^asset_/) });

  await expect(uploads.step(name)).toHaveText('Added to your Asset Library');
  await expect(uploads.announcer).toHaveText(`${name} was added to your Asset Library.`);
  await expect(uploads.progressBar(name)).toHaveCount(0);
  // "One file is uploading…" is not left standing over a finished upload.
  await expect(uploads.outcome).not.toContainText('uploading');
  await captureLightAndDark(uploads.page, 'uploads-tab-done');

  await expectOneAssetOf(library, final.assetId!, video, SIZE);
  // The 50 MB are not kept in the browser once Sume has them.
  expect(await ledger.keptBlobIds()).toEqual([]);

  // "Remove" clears the row from this list; the asset stays in the Asset Library.
  await uploads
    .row(name)
    .getByRole('button', { name: `Remove ${name} from the list` })
    .click();
  await expect(uploads.rows).toHaveCount(0);
  await expect.poll(() => ledger.uploads()).toEqual([]);
  expect(await library.assetIds()).toEqual([final.assetId]);
});

test('closing the popup in the middle of an upload does not stop it', async ({ connect, throttleUploads, openPopupCard, openUploadsTab, library, files }) => {
  test.setTimeout(60_000);
  await connect();
  await throttleUploads(LINK_SPEED);
  const name = 'long-take.mp4';
  const video = await files.make(name, SIZE);

  const popup = await openPopupCard();
  await popup.chooseFiles([video.path]);
  await expect(popup.outcome).toContainText('It goes on in the background, even if you close this.');
  const ledger = new UploadLedger(popup.page);
  await expect.poll(async () => (await ledger.uploads())[0]?.bytesSent ?? 0, { timeout: 20_000, intervals: [25] }).toBeGreaterThan(0);
  const halfway = await ledger.onlyUpload();
  expect(halfway.bytesSent).toBeLessThan(SIZE);

  await popup.page.close();
  // Sume had not received the file when the popup went away.
  expect((await library.uploads()).map((upload) => upload.status)).toEqual(['presigned']);

  const uploadsTab = await openUploadsTab();
  await expect(uploadsTab.step(name)).toHaveText('Added to your Asset Library', UNTIL_UPLOADED);
  const done = await new UploadLedger(uploadsTab.page).onlyUpload();
  expect(done).toMatchObject({ id: halfway.id, status: 'done', bytesSent: SIZE });
  await expectOneAssetOf(library, done.assetId!, video, SIZE);
});

test('a big upload cancelled halfway stops and creates no asset; Resume sends it whole, once; Remove leaves nothing of it', async ({
  connect,
  throttleUploads,
  openUploadsTab,
  library,
  files,
}) => {
  test.setTimeout(90_000);
  await connect();
  await throttleUploads(LINK_SPEED);
  const name = 'changed-my-mind.mp4';
  const video = await files.make(name, SIZE);

  const uploads = await openUploadsTab();
  await uploads.chooseFiles([video.path]);
  const id = await uploads.row(name).getAttribute('data-upload-id');
  const ledger = new UploadLedger(uploads.page);
  await expect.poll(async () => (await ledger.upload(id!))?.bytesSent ?? 0, UNTIL_UPLOADED).toBeGreaterThan(0);

  await uploads
    .row(name)
    .getByRole('button', { name: `Cancel upload of ${name}` })
    .click();
  await expect(uploads.step(name)).toHaveText('Canceled');
  await expect.poll(async () => (await ledger.upload(id!))?.status).toBe('canceled');
  // Sume made nothing of it and the storage key is forgotten; the bytes stay in the browser, for Resume.
  expect((await ledger.upload(id!))?.storageKey).toBeUndefined();
  expect(await ledger.keptBlobIds()).toEqual([id]);
  await uploads.page.waitForTimeout(1000);
  expect(await library.assetIds()).toEqual([]);
  expect((await library.uploads()).every((upload) => upload.received_bytes < SIZE)).toBe(true);

  // Resume: a new signed URL, the whole file, one asset.
  await uploads
    .row(name)
    .getByRole('button', { name: `Resume upload of ${name}` })
    .click();
  await expect(uploads.step(name)).toHaveText('Added to your Asset Library', UNTIL_UPLOADED);
  const done = await ledger.upload(id!);
  expect(done).toMatchObject({ status: 'done', bytesSent: SIZE });
  // One asset, from one whole upload; the first signed upload stays as Sume left it, part-filled and without an asset.
  expect(await library.assetIds()).toEqual([done!.assetId]);
  const sessions = await library.uploads();
  expect(sessions.filter((upload) => upload.asset_id !== null)).toEqual([
    expect.objectContaining({ asset_id: done!.assetId, received_bytes: SIZE, size_bytes: SIZE }),
  ]);
  expect(sessions.filter((upload) => upload.asset_id === null).every((upload) => upload.received_bytes < SIZE)).toBe(true);
  expect(sha256(await library.media(await library.asset(done!.assetId!)))).toBe(video.sha256);

  // Cleared from the list, nothing of it is left in the browser.
  await uploads
    .row(name)
    .getByRole('button', { name: `Remove ${name} from the list` })
    .click();
  await expect(uploads.rows).toHaveCount(0);
  await expect.poll(() => ledger.uploads()).toEqual([]);
  await expect.poll(() => ledger.keptBlobIds()).toEqual([]);
});
