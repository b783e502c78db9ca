import { authorRoutesFor } from "@/app/(site)/author/[slug]/author-view";

// The Urdu edition's author page (the English one's view in Urdu).
const routes = authorRoutesFor("ur");

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = routes.firstPage.generateMetadata;
export default routes.firstPage.Page;
