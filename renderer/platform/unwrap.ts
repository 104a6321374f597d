import type { IpcResult } from '@shared/ipc/contract';
import type { PlatformResult } from './types';

/** An IPC answer in the renderer's result shape. */
export function unwrap<T>(result: IpcResult<T>): PlatformResult<T> {
  return result.ok
    ? { ok: true, value: result.value }
    : { ok: false, code: result.error.code };
}
