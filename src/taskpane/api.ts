/**
 * The pane's client of the Zanger service. The pane is served by the service itself, so every call goes to
 * the pane's own origin ("/api/v1/..."). Failures become an ApiError the pane can explain in the user's
 * language: no answer at all → "unreachable"; a 4xx → the service's own (already localised) message.
 */
import axios, { type AxiosInstance } from "axios";
import {
  CheckResponse,
  ErrorResponse,
  RulesResponse,
  type RulesResponse as RulesResponseT,
  type CheckRequestInput,
  type CheckResponse as CheckResponseT,
  type UiLanguage,
} from "../contract";

export type ApiErrorKind = "unreachable" | "client" | "server" | "bad-response";

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

export function createApiClient(baseURL = ""): AxiosInstance {
  return axios.create({ baseURL, timeout: TIMEOUT_MS, headers: { Accept: "application/json" } });
}

const defaultClient = createApiClient();

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (axios.isAxiosError(err)) {
    const res = err.response;
    if (!res) return new ApiError("unreachable", err.message || "Network Error");
    const parsed = ErrorResponse.safeParse(res.data);
    const message = parsed.success ? parsed.data.error.message : "";
    const code = parsed.success ? parsed.data.error.code : undefined;
    // A proxy in front of the service may answer 502/503/504 when the service is down.
    if ([502, 503, 504].includes(res.status) && !parsed.success) return new ApiError("unreachable", `HTTP ${res.status}`, res.status);
    if (res.status >= 400 && res.status < 500) return new ApiError("client", message || `HTTP ${res.status}`, res.status, code);
    return new ApiError("server", message, res.status, code);
  }
  return new ApiError("unreachable", err instanceof Error ? err.message : String(err));
}

export async function postCheck(request: CheckRequestInput, client: AxiosInstance = defaultClient): Promise<CheckResponseT> {
  let data: unknown;
  try {
    const res = await client.post("/api/v1/check", request, {
      headers: { "Content-Type": "application/json", "X-Zanger-UI-Language": request.options?.uiLanguage ?? "ru" },
    });
    data = res.data;
  } catch (err) {
    throw toApiError(err);
  }
  const parsed = CheckResponse.safeParse(data);
  if (!parsed.success) throw new ApiError("bad-response", parsed.error.issues[0]?.message ?? "invalid response");
  return parsed.data;
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
  }
}

export type { UiLanguage };
