/**
 * Cache of verified model answers, keyed by a hash of (paragraph, act type, corpus editions, model, prompt version,
 * UI language, packs asked). An unchanged paragraph is never put to the model twice; an edited one is asked again.
 * Entries hold offsets into the paragraph and the model's messages, not the paragraph.
 */
import { createHash } from "node:crypto";
import type { ActType, Pack, UiLanguage } from "../contract";
import type { DropCounts, VerifiedFinding } from "./verify";

export interface CachedAnswer {
  findings: VerifiedFinding[];
  dropped: DropCounts;
}

export interface LlmCache {
  get(key: string): CachedAnswer | undefined;
  set(key: string, answer: CachedAnswer, meta: { model: string; promptVersion: string }): void;
}

export function cacheKey(k: {
  text: string;
  actType: ActType;
  editions: readonly string[];
  model: string;
  promptVersion: string;
  ui: UiLanguage;
  packs: readonly Pack[];
}): string {
  return createHash("sha256")
    .update(JSON.stringify([k.promptVersion, k.model, k.actType, k.ui, [...k.editions].sort(), [...k.packs].sort(), k.text]))
    .digest("hex");
}

/** In memory, for tests and when the store is not used. */
export class MemoryLlmCache implements LlmCache {
  private readonly map = new Map<string, CachedAnswer>();
  get(key: string) {
    return this.map.get(key);
  }
  set(key: string, answer: CachedAnswer) {
    this.map.set(key, answer);
  }
  get size(): number {
    return this.map.size;
  }
}
