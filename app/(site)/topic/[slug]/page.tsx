import { topicRoutes } from "./topic-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = topicRoutes.firstPage.generateMetadata;
export default topicRoutes.firstPage.Page;
