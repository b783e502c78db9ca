// An English story (app/_components/editions/article-view.tsx draws it; an
// Urdu story asked for here moves to /ur/news/<slug>).
import type { Metadata } from "next";
import { ArticleView, articleViewMetadata } from "@/app/_components/editions/article-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleViewMetadata((await params).slug, "en");
}

export default async function ArticlePage({ params }: Props) {
  return <ArticleView slug={(await params).slug} lang="en" />;
}
