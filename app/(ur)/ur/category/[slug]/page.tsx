import { categoryRoutesFor } from "@/app/(site)/category/[slug]/category-view";

// The Urdu edition's category page (the English one's view in Urdu).
const routes = categoryRoutesFor("ur");

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = routes.firstPage.generateMetadata;
export default routes.firstPage.Page;
