import { categoryRoutes } from "./category-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = categoryRoutes.firstPage.generateMetadata;
export default categoryRoutes.firstPage.Page;
