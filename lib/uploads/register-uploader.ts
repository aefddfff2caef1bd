import { sendMessage } from '../messaging';
import { abortUpload, putUpload } from './put-worker';
import { reported } from '../diagnostics/report';
import { handle } from '../protocol/handle';
import { uploadIdRequest } from '../protocol/requests';

/**
 * The offscreen uploader's side of the protocol. Only the background may start or stop a PUT; the
 * signed URL is never broadcast with the request (every extension page would receive it), the
 * uploader asks for it in a reply only it receives.
 */
export function registerUploader(): void {
  handle('putUpload', { from: 'background', input: uploadIdRequest }, async (input) => {
    const { id } = input;
    const upload = await sendMessage('getSignedUpload', { id }).catch(() => null);
    const result = upload
      ? await putUpload(id, upload)
      : { ok: false as const, error: { kind: 'http' as const, code: 'upload_url_missing', message: 'The upload link was lost; a new one will be asked for.' } };
    // The background may have been stopped during a long PUT: wake it to go on.
    void sendMessage('kickUploads').catch(reported('upload', 'Waking the uploads'));
    return result;
  });
  handle('abortUpload', { from: 'background', input: uploadIdRequest }, (input) => {
    abortUpload(input.id);
  });
}
