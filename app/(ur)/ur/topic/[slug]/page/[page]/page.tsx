import { topicRoutesFor } from "@/app/(site)/topic/[slug]/topic-view";

// The Urdu edition's topic pages 2 and on (the English one's view in Urdu).
const routes = topicRoutesFor("ur");

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = routes.laterPage.generateMetadata;
export default routes.laterPage.Page;
