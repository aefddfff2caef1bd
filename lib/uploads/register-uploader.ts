import { uploadTextsSchema } from '../api/signed-upload';
import { sendMessage } from '../messaging';
import { abortUpload, putUpload } from './put-worker';
import { reported } from '../diagnostics/report';
import { handle } from '../protocol/handle';
import { uploadIdRequest } from '../protocol/requests';

/** A PUT to run, with what to say about it: this document has no i18n API (see UploadTexts). */
export const putUploadRequest = uploadIdRequest.extend({ texts: uploadTextsSchema });

/**
 * The offscreen uploader's side of the protocol. Only the background may start or stop a PUT; the
 * signed URL is never broadcast with the request (every extension page would receive it), the
 * uploader asks for it in a reply only it receives.
 */
export function registerUploader(): void {
  handle('putUpload', { from: 'background', input: putUploadRequest }, async (input) => {
    const { id, texts } = input;
    const upload = await sendMessage('getSignedUpload', { id }).catch(() => null);
    const result = upload
      ? await putUpload(id, upload, texts)
      : { ok: false as const, error: { kind: 'http' as const, code: 'upload_url_missing', message: texts.linkLost } };
    // The background may have been stopped during a long PUT: wake it to go on.
    void sendMessage('kickUploads').catch(reported('upload', 'Waking the uploads'));
    return result;
  });
  handle('abortUpload', { from: 'background', input: uploadIdRequest }, (input) => {
    abortUpload(input.id);
  });
}
