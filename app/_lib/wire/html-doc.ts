// HTML <-> the editor's document format for wire copy, in bulk. @tiptap/html's
// server generateJSON/generateHTML build a new happy-dom Window and schema on
// every call (~50 ms each here): a 10,000-item feed took minutes. This keeps
// one Window, one schema, one parser and one serializer for the process; the
// output is the same (same extensions, same ProseMirror DOMParser/Serializer).
import { getSchema } from "@tiptap/core";
import { DOMParser, DOMSerializer, Node, type Schema } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { bodyExtensions, type BodyDoc } from "../content/body";
import { sanitizeBody } from "../content/sanitize";

let shared: { window: Window; schema: Schema; parser: DOMParser; serializer: DOMSerializer } | null = null;

function tools() {
  if (!shared) {
    const schema = getSchema(bodyExtensions);
    const window = new Window({
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableComputedStyleRendering: true },
    });
    shared = { window, schema, parser: DOMParser.fromSchema(schema), serializer: DOMSerializer.fromSchema(schema) };
  }
  return shared;
}

/** Sanitized HTML -> the editor's JSON document. */
export function htmlToDoc(html: string): BodyDoc {
  const { window, parser } = tools();
  // innerHTML of a detached element: a fresh parsed document per call costs ~5 ms in happy-dom.
  const wrap = window.document.createElement("div");
  wrap.innerHTML = html;
  return parser.parse(wrap as unknown as globalThis.Node).toJSON() as BodyDoc;
}

/** The editor's JSON document -> the sanitized HTML readers get (what renderBodyHtml gives). */
export function docToHtml(doc: BodyDoc): string {
  const { window, schema, serializer } = tools();
  const wrap = window.document.createElement("div");
  serializer.serializeFragment(Node.fromJSON(schema, doc).content, { document: window.document as unknown as Document }, wrap as unknown as HTMLElement);
  return sanitizeBody(wrap.innerHTML);
}
