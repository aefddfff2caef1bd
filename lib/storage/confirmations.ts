import { storage } from 'wxt/utils/storage';
import type { ConfirmationRequests } from '../captures/confirmation-requests';

/**
 * The open spend questions, by one-time token (lib/background/register-confirmations.ts). Session
 * storage: outlives a stopped worker while the frame is open, never written to disk.
 */
export const confirmationRequestsItem = storage.defineItem<ConfirmationRequests>('session:confirmations', { fallback: {} });
