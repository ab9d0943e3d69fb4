/** Service configuration: flags win over environment variables, which win over defaults (DESIGN §6). */
import fs from "node:fs";
import os from "node:os";
import { Glossary, type GlossaryEntry } from "../engine/data/bilingual-glossary";
import path from "node:path";
import { llmConfigFromEnv, type LlmConfig } from "../llm/config";

export interface ServiceConfig {
  host: string;
  port: number;
  /** SQLite file; ":memory:" for tests. */
  dbPath: string;
  /** Built task pane (webpack output). */
  distDir: string;
  tls?: { certFile: string; keyFile: string };
  /** Fastify request logging (method, URL, status, time; never bodies). */
  logRequests: boolean;
  /** The model endpoint (ZANGER_LLM_*); absent: rules only. */
  llm?: LlmConfig;
  /** "tokens": every /api request except health needs a bearer token (forced beyond localhost). */
  auth: "off" | "tokens";
  /** Checks per minute per token (or per address without tokens); 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Keep each checked draft's text in the audit log (an administrator's decision; off by default). */
  auditDrafts: boolean;
  /** Worker threads running the rules (ZANGER_WORKERS; 0 = on the main thread, in slices). */
  engineWorkers: number;
  /** The organisation's own KK↔RU pairs of names for the parity check (ZANGER_GLOSSARY, a JSON file). */
  glossary?: GlossaryEntry[];
}

export class ConfigError extends Error {}

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..", __dirname.includes(`${path.sep}build${path.sep}`) ? ".." : "");

export function defaultConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const cert = env.ZANGER_TLS_CERT;
  const key = env.ZANGER_TLS_KEY;
  return {
    host: env.ZANGER_HOST || "127.0.0.1",
    port: env.ZANGER_PORT ? Number(env.ZANGER_PORT) : 3000,
    dbPath: env.ZANGER_DB || path.join(process.cwd(), "data", "zanger.db"),
    distDir: env.ZANGER_DIST || path.join(PROJECT_ROOT, "dist"),
    tls: cert && key ? { certFile: cert, keyFile: key } : undefined,
    logRequests: env.ZANGER_LOG === "requests",
    llm: llmConfigFromEnv(env),
    auth: parseAuth(env.ZANGER_AUTH),
    rateLimitPerMinute: parseRate(env.ZANGER_RATE_LIMIT),
    auditDrafts: parseOnOff("ZANGER_AUDIT_DRAFTS", env.ZANGER_AUDIT_DRAFTS),
    engineWorkers: parseWorkers(env.ZANGER_WORKERS),
    glossary: env.ZANGER_GLOSSARY ? loadGlossaryFile(env.ZANGER_GLOSSARY) : undefined,
  };
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith("127.");
}

function parseAuth(v: string | undefined): "off" | "tokens" {
  if (v === undefined || v === "" || v === "off") return "off";
  if (v === "tokens") return "tokens";
  throw new ConfigError(`ZANGER_AUTH is off or tokens, not «${v}»`);
}

/** A JSON array of { label, ru: [phrases], kk: [phrases] }; a clear error when it is not. */
export function loadGlossaryFile(file: string): GlossaryEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`the glossary ${file} cannot be read as JSON: ${(e as Error).message}`);
  }
  const parsed = Glossary.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ConfigError(`the glossary ${file} is not a list of { label, ru: [phrases], kk: [phrases] }: ${i.path.join(".")}: ${i.message}`);
  }
  return parsed.data;
}

function parseWorkers(v: string | undefined): number {
  // One per core, at most 4 (a check of a 50-page draft takes tens of milliseconds; more workers only queue memory).
  if (v === undefined || v === "") return Math.min(4, os.availableParallelism());
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new ConfigError(`ZANGER_WORKERS is a number of engine threads from 0 (main thread) to 64, not «${v}»`);
  return n;
}

function parseRate(v: string | undefined): number {
  if (v === undefined || v === "") return 120;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`ZANGER_RATE_LIMIT is a whole number of checks per minute (0 = no limit), not «${v}»`);
  return n;
}

function parseOnOff(name: string, v: string | undefined): boolean {
  if (v === undefined || v === "" || v === "off") return false;
  if (v === "on") return true;
  throw new ConfigError(`${name} is on or off, not «${v}»`);
}
