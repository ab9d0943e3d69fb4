/**
 * The fake Word host itself (test/fakes/fake-word.ts) must be able to fail: reads before sync throw, writes
 * wait for sync, a failing action rejects its sync, gated APIs fail on old hosts, search behaves like Word's.
 */
import { createFakeWord, FakeOfficeError, installFakeWord, uninstallFakeWord } from "../fakes/fake-word";

describe("fake Word: proxy objects", () => {
  it("throws PropertyNotLoaded when a property is read before load()+sync()", async () => {
    const { Word, state } = createFakeWord({ paragraphs: ["Первый абзац", "Второй"] });
    await Word.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      paragraphs.load("items/text");
      // loaded but not yet synced: still not available
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["Первый абзац", "Второй"]);
      // a property that was not loaded
      expect(() => paragraphs.items[0]!.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(state.syncCount).toBe(2); // the explicit one + Word.run's trailing one
    expect(state.roundTrips).toBe(1); // the trailing sync was empty
  });

  it("the thrown error looks like OfficeExtension.Error", () => {
    const fake = createFakeWord({ paragraphs: ["a"] });
    return fake.Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs;
      let err: unknown;
      try {
        void p.items;
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(fake.OfficeExtension.Error);
      expect(err).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded", debugInfo: { code: "PropertyNotLoaded" } });
    });
  });

  it("ClientResult.value throws ValueNotLoaded before sync", async () => {
    const { Word } = createFakeWord({ paragraphs: ["текст"] });
    await Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load("items/text");
      await ctx.sync();
      const r = ps.items[0]!.getText({ includeTextMarkedAsDeleted: false });
      expect(() => r.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(r.value).toBe("текст");
    });
  });

  it("queues writes and applies them at sync; Word.run's trailing sync flushes the rest", async () => {
    const { Word, state } = createFakeWord({ paragraphs: ["один два три"] });
    await Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs;
      p.load("items/text");
      await ctx.sync();
      const hits = p.items[0]!.search("два", { matchCase: true });
      hits.load("items/text");
      await ctx.sync();
      hits.items[0]!.insertComment("my note");
      hits.items[0]!.select();
      expect(state.comments).toHaveLength(0);
      expect(state.selection).toBeNull();
      await ctx.sync();
      expect(state.comments).toEqual([expect.objectContaining({ paragraphIndex: 0, start: 5, end: 8, quotedText: "два", content: "my note" })]);
      expect(state.selection).toEqual({ paragraphIndex: 0, start: 5, end: 8, text: "два" });
      ctx.document.settings.add("k", [1, 2]);
    });
    expect(state.settings).toEqual({ k: [1, 2] });
    expect(state.syncLog.at(-1)).toMatchObject({ trailing: true, roundTrip: true });
  });

  it("a failing action rejects the sync: earlier actions took effect, later ones were dropped", async () => {
    const { Word, state } = createFakeWord({
      paragraphs: ["альфа бета гамма"],
      failInsertComment: (r) => r.quotedText === "бета",
    });
    await expect(
      Word.run(async (ctx) => {
        const p = ctx.document.body.paragraphs;
        p.load("items/text");
        await ctx.sync();
        const hits = ["альфа", "бета", "гамма"].map((w) => p.items[0]!.search(w, { matchCase: true }));
        hits.forEach((h) => h.load("items/text"));
        await ctx.sync();
        hits.forEach((h) => h.items[0]!.insertComment("c"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "NotAllowed" });
    expect(state.comments.map((c) => c.quotedText)).toEqual(["альфа"]);
    expect(state.syncLog.at(-1)!.error).toMatch(/^NotAllowed/);
  });

  it("objects cannot be used after their Word.run", async () => {
    const { Word } = createFakeWord({ paragraphs: ["a"] });
    let leaked: { load(s: string): unknown } | undefined;
    await Word.run(async (ctx) => {
      leaked = ctx.document.body.paragraphs;
    });
    expect(() => leaked!.load("items/text")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("records every sync with what it did", async () => {
    const { Word, state } = createFakeWord({ paragraphs: ["x", "y"] });
    await Word.run(async (ctx) => {
      ctx.document.body.paragraphs.load("items/text,items/style");
      await ctx.sync();
    });
    expect(state.syncLog[0]).toMatchObject({ n: 1, run: 1, trailing: false, roundTrip: true });
    expect(state.syncLog[0]!.actions[0]).toMatch(/ParagraphCollection\.load\(items\/text,items\/style\) → 2 item/);
    state.resetCounters();
    expect(state.syncCount).toBe(0);
  });
});

describe("fake Word: search", () => {
  async function search(paragraph: string, text: string, options = { matchCase: true }) {
    const { Word } = createFakeWord({ paragraphs: [paragraph] });
    return Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs;
      p.load("items/text");
      await ctx.sync();
      const hits = p.items[0]!.search(text, options);
      hits.load("items/text");
      await ctx.sync();
      return hits.items.map((h) => [h.text, h.fakeLocation!.start]);
    });
  }

  it("finds every non-overlapping occurrence, left to right", async () => {
    expect(await search("орган и орган", "орган")).toEqual([
      ["орган", 0],
      ["орган", 8],
    ]);
    expect(await search("aaaa", "aa")).toEqual([
      ["aa", 0],
      ["aa", 2],
    ]);
  });

  it("matchCase", async () => {
    expect(await search("Орган и орган", "орган")).toHaveLength(1);
    expect(await search("Орган и орган", "орган", { matchCase: false })).toHaveLength(2);
  });

  it("^^ is a literal caret; a lone ^ or an unknown code is InvalidArgument", async () => {
    expect(await search("м^2 и м2", "м^^2")).toEqual([["м^2", 0]]);
    await expect(search("м^2", "м^2")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(search("м^", "м^")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a search string over 255 characters is InvalidArgument", async () => {
    const long = "а".repeat(256);
    await expect(search(long, long)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await search(long, long.slice(1))).toHaveLength(1);
  });

  it("expandTo joins two ranges of a paragraph", async () => {
    const { Word } = createFakeWord({ paragraphs: ["начало середина конец"] });
    const text = await Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs;
      p.load("items/text");
      await ctx.sync();
      const a = p.items[0]!.search("начало", { matchCase: true });
      const b = p.items[0]!.search("конец", { matchCase: true });
      a.load("items/text");
      b.load("items/text");
      await ctx.sync();
      const r = a.items[0]!.expandTo(b.items[0]!);
      r.load("text");
      await ctx.sync();
      return r.text;
    });
    expect(text).toBe("начало середина конец");
  });
});

describe("fake Word: host", () => {
  it("isSetSupported follows the configured API level", () => {
    const { Office } = createFakeWord({ paragraphs: [], apiLevel: "1.4" });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.7")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
  });

  it("APIs above the level fail with ApiNotFound (comments on 1.3, getText on 1.4)", async () => {
    const old = createFakeWord({ paragraphs: ["a"], apiLevel: "1.3" });
    await expect(
      old.Word.run(async (ctx) => {
        ctx.document.body.getComments().load("items/content");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const mid = createFakeWord({ paragraphs: ["a"], apiLevel: "1.4" });
    await expect(
      mid.Word.run(async (ctx) => {
        const p = ctx.document.body.paragraphs;
        p.load("items/text");
        await ctx.sync();
        p.items[0]!.getText();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("Office.onReady resolves with the Word host and calls the callback", async () => {
    const { Office } = createFakeWord({ paragraphs: [], displayLanguage: "kk-KZ" });
    const seen: string[] = [];
    const info = await Office.onReady((i) => seen.push(i.host));
    expect(info.host).toBe("Word");
    expect(seen).toEqual(["Word"]);
    expect(Office.context.displayLanguage).toBe("kk-KZ");
  });

  it("tracked deletions: paragraph.text includes them (Word on the web), getText(current) does not", async () => {
    const { Word } = createFakeWord({ paragraphs: [{ text: "один три", deletions: [{ offset: 5, text: "два " }] }] });
    const [raw, current] = await Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs;
      p.load("items/text");
      await ctx.sync();
      const r = p.items[0]!.getText({ includeTextMarkedAsDeleted: false, includeHiddenText: false });
      await ctx.sync();
      return [p.items[0]!.text, r.value];
    });
    expect(raw).toBe("один два три");
    expect(current).toBe("один три");
  });

  it("settings: getItemOrNullObject is a null object for a missing key; getItem fails", async () => {
    const { Word } = createFakeWord({ paragraphs: [], settings: { present: "yes" } });
    await Word.run(async (ctx) => {
      const missing = ctx.document.settings.getItemOrNullObject("missing");
      const present = ctx.document.settings.getItemOrNullObject("present");
      missing.load("value");
      present.load("value");
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.value).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.value).toBe("yes");
    });
    await expect(
      Word.run(async (ctx) => {
        ctx.document.settings.getItem("missing");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("installFakeWord sets and uninstallFakeWord removes the globals", () => {
    const g: Record<string, unknown> = {};
    const fake = installFakeWord(g, { paragraphs: ["a"] });
    expect(g.Word).toBe(fake.Word);
    expect(g.Office).toBe(fake.Office);
    expect(g.OfficeExtension).toBe(fake.OfficeExtension);
    uninstallFakeWord(g);
    expect(g.Word).toBeUndefined();
  });
});
