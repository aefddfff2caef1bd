/** Errors from the storage host look like S3's XML, not like Sume's JSON: clients must cope with both. */

const escapeXml = (text: string): string => text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function storageErrorResponse(status: number, code: string, message: string, requestId: string, headers: Record<string, string> = {}): Response {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></Error>`;
  return new Response(body, { status, headers: { ...headers, 'Content-Type': 'application/xml' } });
}
