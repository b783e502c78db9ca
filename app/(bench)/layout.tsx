import { RootDocument } from "../_components/root-document";
import { rootMetadata, rootViewport } from "../_lib/seo/root-metadata";

export const metadata = rootMetadata;
export const viewport = rootViewport;

export default function BenchDocument({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
