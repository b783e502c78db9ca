import { topicRoutes } from "../../topic-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = topicRoutes.laterPage.generateMetadata;
export default topicRoutes.laterPage.Page;
