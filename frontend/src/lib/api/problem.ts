import type { TFunction } from 'i18next';
import type { Problem, ProblemCode, Violation } from './types';

/** A failed API call: an RFC 9457 problem from the server, or no answer at all (network). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): ProblemCode | undefined {
    return this.problem?.code;
  }

  get violations(): Violation[] {
    return this.problem?.violations ?? [];
  }

  /** status 0: the request never got an answer. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'code' in body;
}

function parseRetryAfter(response: Response, problem: Problem | null): number | null {
  const header = response.headers.get('Retry-After');
  const seconds = header != null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  return seconds ?? problem?.retryAfterSeconds ?? null;
}

export function toApiError(response: Response, body: unknown): ApiError {
  const problem = isProblem(body) ? body : null;
  return new ApiError(response.status, problem, parseRetryAfter(response, problem));
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, null);
  error.cause = cause;
  return error;
}

/**
 * The result of an openapi-fetch call, or a thrown ApiError: lets TanStack Query see failures.
 */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (cause) {
    throw cause instanceof ApiError ? cause : networkError(cause);
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

/** A message for people: the server's localised detail, else a generic one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (error.problem?.detail) return error.problem.detail;
  }
  return t('errors.generic');
}
