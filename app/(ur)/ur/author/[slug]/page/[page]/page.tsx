import { authorRoutesFor } from "@/app/(site)/author/[slug]/author-view";

// The Urdu edition's author pages 2 and on (the English one's view in Urdu).
const routes = authorRoutesFor("ur");

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = routes.laterPage.generateMetadata;
export default routes.laterPage.Page;
