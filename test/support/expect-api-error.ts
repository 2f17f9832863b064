import { ApiError } from '@flowhall/client';

/** Awaits a call that must fail with an `ApiError` and returns it for assertions. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail with an ApiError, but it succeeded');
}
