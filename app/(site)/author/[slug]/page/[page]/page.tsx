import { authorRoutes } from "../../author-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = authorRoutes.laterPage.generateMetadata;
export default authorRoutes.laterPage.Page;
