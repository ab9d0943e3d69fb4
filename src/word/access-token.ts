/**
 * The user's Zanger access token, kept in Office roaming settings: it follows the user to any computer where the
 * add-in runs, and is never written into a document. Outside Office (the browser preview) there is nowhere to keep it.
 */
const KEY = "zangerToken";

function roaming(): Office.RoamingSettings | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.roamingSettings ?? undefined : undefined;
  } catch {
    return undefined;
  }
}

export function loadAccessToken(): string | null {
  const v = roaming()?.get(KEY);
  return typeof v === "string" && v ? v : null;
}

export function saveAccessToken(token: string | null): Promise<void> {
  const r = roaming();
  if (!r) return Promise.reject(new Error("Office roaming settings are not available here"));
  if (token) r.set(KEY, token);
  else r.remove(KEY);
  return new Promise((resolve, reject) =>
    r.saveAsync((res) => (String(res.status).toLowerCase() === "failed" ? reject(new Error(res.error?.message ?? "saving the settings failed")) : resolve())),
  );
}
