import { topicRoutes } from "../../topic-view";

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = topicRoutes.laterPage.generateMetadata;
export default topicRoutes.laterPage.Page;
