// Chrome's offscreen document for uploads (see lib/browser/uploader-host.ts): it only PUTs bytes.
import '@/lib/zod-jitless';
import { registerUploader } from '@/lib/uploads/register-uploader';

registerUploader();
