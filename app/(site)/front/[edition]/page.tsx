// The front page. "/" is rewritten here (next.config.js) so it renders on first
// request and is cached until a publish, instead of at build time.
import { FrontView, frontViewMetadata } from "@/app/_components/editions/front-view";
import { ReaderNotFound } from "@/app/_components/reader-not-found";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata() {
  return frontViewMetadata("en");
}

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== "en") return <ReaderNotFound />;
  return <FrontView lang="en" />;
}
