// An Urdu story (app/_components/editions/article-view.tsx draws it; an
// English story asked for here moves to /news/<slug>).
import type { Metadata } from "next";
import { ArticleView, articleViewMetadata } from "@/app/_components/editions/article-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleViewMetadata((await params).slug, "ur");
}

export default async function UrduArticlePage({ params }: Props) {
  return <ArticleView slug={(await params).slug} lang="ur" />;
}
