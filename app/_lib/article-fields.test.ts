// What an editor or a wire feed sends is stored without the characters that
// would break feeds, sitemaps and JSON readers downstream.
import { describe, expect, it } from "vitest";
import { createArticleInput, updateArticleInput } from "./mutations/article-input";

describe("article text fields", () => {
  it("drop control characters and mend lone surrogates, keeping tabs and line breaks", () => {
    const data = createArticleInput.parse({
      title: " Flood\u0000 warning\u001b issued ",
      standfirst: "Line one\nLine two\tend\u0007",
      datelinePlace: "Lahore\ud800",
      categoryId: 1,
    });
    expect(data.title).toBe("Flood warning issued");
    expect(data.standfirst).toBe("Line one\nLine two\tend");
    expect(data.datelinePlace).toBe("Lahore\ufffd");
  });

  it("refuse a title that is nothing but control characters, naming the field", () => {
    const result = updateArticleInput.safeParse({ version: 1, title: "\u0001\u0002" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["title"]);
  });

  it("refuse a body nested 150,000 levels deep with a 422-style message, not a crash", () => {
    const deep = JSON.parse('{"type":"doc","content":[' + "[".repeat(150_000) + "]".repeat(150_000) + "]}");
    const result = updateArticleInput.safeParse({ version: 1, bodyJson: deep });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["bodyJson"], message: "The body is nested too deeply (at most 64 levels)" });
  });
});
