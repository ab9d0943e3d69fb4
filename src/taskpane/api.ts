/**
 * The pane's client of the Zanger service (checks stream over fetch; the rules catalogue via axios). The pane is served by the service itself, so every call goes to
 * the pane's own origin ("/api/v1/..."). Failures become an ApiError the pane can explain in the user's
 * language: no answer at all → "unreachable"; a 4xx → the service's own (already localised) message.
 */
import axios, { type AxiosInstance } from "axios";
import {
  CheckResponse,
  CompareResponse,
  ErrorResponse,
  HealthResponse,
  type HealthResponse as HealthResponseT,
  type CompareRequest as CompareRequestT,
  type ParityRequest as ParityRequestT,
  type FeedbackRequest as FeedbackRequestT,
  type CompareResponse as CompareResponseT,
  StreamEvent,
  type StreamEvent as StreamEventT,
  RulesResponse,
  type RulesResponse as RulesResponseT,
  type CheckRequestInput,
  type CheckResponse as CheckResponseT,
  type UiLanguage,
} from "../contract";

export type ApiErrorKind = "unreachable" | "client" | "server" | "bad-response" | "cancelled";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Generous: a 300-page code takes a while to post and check. */
const TIMEOUT_MS = 120_000;

/** The access token sent with every request (Authorization: Bearer), when the service requires one. */
let accessToken: string | null = null;
export function setAccessToken(token: string | null): void {
  accessToken = token;
}
const authHeaders = (): Record<string, string> => (accessToken ? { Authorization: `Bearer ${accessToken}` } : {});

export function createApiClient(baseURL = ""): AxiosInstance {
  const client = axios.create({ baseURL, timeout: TIMEOUT_MS, headers: { Accept: "application/json" } });
  client.interceptors.request.use((config) => {
    for (const [k, v] of Object.entries(authHeaders())) config.headers.set(k, v);
    return config;
  });
  return client;
}

const defaultClient = createApiClient();

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (axios.isAxiosError(err)) {
    const res = err.response;
    if (!res) return new ApiError("unreachable", err.message || "Network Error");
    return errorFromStatus(res.status, res.data);
  }
  return new ApiError("unreachable", err instanceof Error ? err.message : String(err));
}

function errorFromStatus(status: number, data: unknown): ApiError {
  const parsed = ErrorResponse.safeParse(data);
  const message = parsed.success ? parsed.data.error.message : "";
  const code = parsed.success ? parsed.data.error.code : undefined;
  // A proxy in front of the service may answer 502/503/504 when the service is down.
  if ([502, 503, 504].includes(status) && !parsed.success) return new ApiError("unreachable", `HTTP ${status}`, status);
  if (status >= 400 && status < 500) return new ApiError("client", message || `HTTP ${status}`, status, code);
  return new ApiError("server", message, status, code);
}

/**
 * POST /api/v1/check/stream: the rule findings come at once ("rules"), then, when a model is configured, model
 * findings paragraph by paragraph ("findings", "progress"), then the merged response ("done"), which is returned.
 * Aborting `signal` closes the connection — the service then stops asking the model — and rejects with
 * ApiError("cancelled"); the events received until then stay with the caller.
 */
export async function streamCheck(
  request: CheckRequestInput,
  opts: { signal?: AbortSignal; onEvent?: (e: StreamEventT) => void; baseURL?: string } = {},
): Promise<CheckResponseT> {
  const cancelled = () => new ApiError("cancelled", "cancelled");
  let res: Response;
  try {
    res = await fetch(`${opts.baseURL ?? ""}/api/v1/check/stream`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/x-ndjson", "X-Zanger-UI-Language": request.options?.uiLanguage ?? "ru", ...authHeaders() },
      body: JSON.stringify(request),
      signal: opts.signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw cancelled();
    throw new ApiError("unreachable", err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) {
    const data: unknown = await res.json().catch(() => undefined);
    throw errorFromStatus(res.status, data);
  }
  if (!res.body) throw new ApiError("bad-response", "no response body");
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const handle = (line: string): CheckResponseT | undefined => {
    if (!line.trim()) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new ApiError("bad-response", "a line of the stream is not JSON");
    }
    const parsed = StreamEvent.safeParse(raw);
    if (!parsed.success) throw new ApiError("bad-response", parsed.error.issues[0]?.message ?? "invalid stream event");
    const event = parsed.data;
    if (event.type === "error") throw new ApiError("server", event.error.message, 500, event.error.code);
    opts.onEvent?.(event);
    return event.type === "done" ? event.response : undefined;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) buffer += decoder.decode(value, { stream: true });
      let nl: number;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const final = handle(line);
        if (final) return final;
      }
      if (done) break;
    }
    const final = handle(buffer);
    if (final) return final;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (opts.signal?.aborted) throw cancelled();
    throw new ApiError("unreachable", err instanceof Error ? err.message : String(err));
  } finally {
    if (opts.signal?.aborted) void reader.cancel().catch(() => undefined);
  }
  if (opts.signal?.aborted) throw cancelled();
  // The connection ended before the final response: the service stopped or restarted.
  throw new ApiError("unreachable", "the stream ended before the result");
}

/** POSTs JSON to the service and validates the answer against its contract schema. */
async function postJson<T>(url: string, request: { options?: { uiLanguage?: UiLanguage } }, schema: { safeParse: (d: unknown) => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, client: AxiosInstance): Promise<T> {
  let data: unknown;
  try {
    const res = await client.post(url, request, {
      headers: { "Content-Type": "application/json", "X-Zanger-UI-Language": request.options?.uiLanguage ?? "ru" },
    });
    data = res.data;
  } catch (err) {
    throw toApiError(err);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError("bad-response", parsed.error.issues[0]?.message ?? "invalid response");
  return parsed.data;
}

/** The comparative table of two versions (POST /api/v1/compare): rows, review notes and the .docx (base64). */
export function postCompare(request: CompareRequestT, client: AxiosInstance = defaultClient): Promise<CompareResponseT> {
  return postJson("/api/v1/compare", request, CompareResponse, client);
}

/** The open document against its version in the other language (POST /api/v1/parity): a CheckResponse. */
export function postParity(request: ParityRequestT, client: AxiosInstance = defaultClient): Promise<CheckResponseT> {
  return postJson("/api/v1/parity", request, CheckResponse, client);
}

/** A file's bytes as base64, in chunks (String.fromCharCode on a whole large file overflows the stack). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** What the service is and does (GET /api/v1/health) and the act editions it cites (GET /api/v1/acts). */
export async function getServiceInfo(ui: UiLanguage, client: AxiosInstance = defaultClient): Promise<{ health: HealthResponseT; acts: ActInfo[] }> {
  try {
    const [h, a] = await Promise.all([client.get("/api/v1/health"), client.get("/api/v1/acts", { params: { lang: ui } })]);
    const health = HealthResponse.safeParse(h.data);
    if (!health.success || !Array.isArray(a.data)) throw new ApiError("bad-response", "invalid service information");
    return { health: health.data, acts: a.data as ActInfo[] };
  } catch (err) {
    throw toApiError(err);
  }
}

export interface ActInfo {
  id: string;
  title: string;
  edition: string;
  articles: number;
}

/** A lawyer's verdict on a finding (POST /api/v1/feedback). */
export async function postFeedback(request: FeedbackRequestT, client: AxiosInstance = defaultClient): Promise<void> {
  try {
    await client.post("/api/v1/feedback", request, { headers: { "Content-Type": "application/json", "X-Zanger-UI-Language": request.options?.uiLanguage ?? "ru" } });
  } catch (err) {
    throw toApiError(err);
  }
}

/** The rules catalogue (GET /api/v1/rules), citations in the UI language. */
export async function getRules(ui: UiLanguage, client: AxiosInstance = defaultClient): Promise<RulesResponseT> {
  let data: unknown;
  try {
    const res = await client.get("/api/v1/rules", { params: { lang: ui }, headers: { "X-Zanger-UI-Language": ui } });
    data = res.data;
  } catch (err) {
    throw toApiError(err);
  }
  const parsed = RulesResponse.safeParse(data);
  if (!parsed.success) throw new ApiError("bad-response", parsed.error.issues[0]?.message ?? "invalid response");
  return parsed.data;
}

/** The message to show for an ApiError, given the pane's strings. */
export function describeApiError(
  err: ApiError,
  s: { unreachable: string; badResponse: string; serverError: (status: number, message?: string) => string },
): string {
  switch (err.kind) {
    case "unreachable":
      return s.unreachable;
    case "client":
      return err.message;
    case "server":
      return s.serverError(err.status ?? 500, err.message || undefined);
    case "bad-response":
      return s.badResponse;
    case "cancelled":
      return err.message;
  }
}

export type { UiLanguage };
