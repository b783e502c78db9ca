import { RootDocument } from "../_components/root-document";
import { rootMetadata, rootViewport } from "../_lib/seo/root-metadata";

export const metadata = rootMetadata;
export const viewport = rootViewport;

// The newsroom's root layout: English chrome (its own metadata in admin/layout.tsx).
export default function AdminDocument({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
