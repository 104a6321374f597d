import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  channels,
  requestSchemas,
  type Channel,
  type IpcErrorCode,
  type IpcResult,
  type ResponseMap,
} from '@shared/ipc/contract';
import { createLogger } from '@shared/log/logger';
import { isAppUrl } from './security';

const log = createLogger('ipc');

export type Handlers = {
  [C in Channel]: (request: never) => Promise<ResponseMap[C]>;
};

/** A failure that carries one of the contract's error codes to the renderer. */
export class IpcError extends Error {
  constructor(readonly code: IpcErrorCode) {
    super(code);
  }
}

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: WebContents | null,
): boolean {
  if (!window || event.sender !== window) return false;
  const frameUrl = event.senderFrame?.url ?? '';
  return isAppUrl(frameUrl);
}

/**
 * Registers one handler per contract channel. Each call is checked for its
 * sender and validated against the channel's schema before the handler runs;
 * handlers never see unvalidated data.
 */
export function registerIpcHandlers(
  handlers: Handlers,
  getWindowContents: () => WebContents | null,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown) =>
      dispatch(channel, event, payload, handlers, getWindowContents()),
    );
  }
}

export async function dispatch<C extends Channel>(
  channel: C,
  event: IpcMainInvokeEvent,
  payload: unknown,
  handlers: Handlers,
  windowContents: WebContents | null,
): Promise<IpcResult<ResponseMap[C]>> {
  if (!isTrustedSender(event, windowContents)) {
    log.warn(`refused ${channel} from a foreign sender`);
    return fail('forbidden-sender');
  }
  const parsed = requestSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    log.warn(`refused ${channel}: invalid payload`);
    return fail('invalid-payload');
  }
  try {
    const handler = handlers[channel] as (
      r: unknown,
    ) => Promise<ResponseMap[C]>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof IpcError) return fail(error.code);
    log.error(`${channel} failed`, error);
    return fail('internal');
  }
}

function fail(code: IpcErrorCode): {
  ok: false;
  error: { code: IpcErrorCode };
} {
  return { ok: false, error: { code } };
}
