// Editor-only TipTap extension: every block of the body gets dir="auto" as a
// decoration, so a paragraph takes its direction from its own first strong
// character (an English quote inside an Urdu story stays left to right, and the
// reverse). Decorations never reach the stored document, so the saved JSON and
// the HTML readers get are unchanged (TipTap's own textDirection option would
// write a dir attribute into every node of the JSON).
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export const BlockDirectionAuto = Extension.create({
  name: "blockDirectionAuto",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("blockDirectionAuto"),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            state.doc.descendants((node, pos) => {
              if (node.isTextblock) decorations.push(Decoration.node(pos, pos + node.nodeSize, { dir: "auto" }));
              return !node.isTextblock;
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
