import { topicRoutesFor } from "@/app/(site)/topic/[slug]/topic-view";

// The Urdu edition's topic page (the English one's view in Urdu).
const routes = topicRoutesFor("ur");

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = routes.firstPage.generateMetadata;
export default routes.firstPage.Page;
