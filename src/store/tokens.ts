/**
 * Access tokens (issue 7): `zng_` + 32 random bytes (base64url), shown once at creation; only a SHA-256 hash is
 * stored, so a copy of the database gives no usable token. Revoked tokens stay listed with the revocation time.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "./db";

export interface TokenInfo {
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

export class TokenError extends Error {}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;

export function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export class TokenStore {
  constructor(private readonly db: Db) {}

  /** Creates a token for `name` and returns it; it cannot be shown again. */
  create(name: string): string {
    if (!NAME.test(name)) throw new TokenError(`a token name is 1–64 letters, digits, . _ @ - (not «${name}»)`);
    if (this.db.prepare("SELECT 1 FROM tokens WHERE name = ?").get(name)) throw new TokenError(`a token named «${name}» exists already`);
    const token = `zng_${randomBytes(32).toString("base64url")}`;
    this.db.prepare("INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)").run(name, tokenHash(token), new Date().toISOString());
    return token;
  }

  revoke(name: string): void {
    const r = this.db.prepare("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL").run(new Date().toISOString(), name);
    if (r.changes === 0) throw new TokenError(`no active token named «${name}»`);
  }

  list(): TokenInfo[] {
    return this.db.prepare("SELECT name, created_at AS createdAt, revoked_at AS revokedAt FROM tokens ORDER BY id").all() as TokenInfo[];
  }

  activeCount(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM tokens WHERE revoked_at IS NULL").get() as { n: number }).n;
  }

  /** The name of the active token, or undefined (unknown or revoked). */
  verify(token: string): string | undefined {
    const row = this.db.prepare("SELECT name FROM tokens WHERE hash = ? AND revoked_at IS NULL").get(tokenHash(token)) as { name: string } | undefined;
    return row?.name;
  }
}
