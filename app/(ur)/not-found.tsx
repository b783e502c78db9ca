// The Urdu reader 404 boundary (see app/(site)/not-found.tsx).
import { NotFoundContent } from "@/app/_components/reader-not-found";
import { ReaderIslandsAfterHydration } from "@/app/_components/reader-islands-after-hydration";

export default function UrduNotFound() {
  return (
    <>
      <NotFoundContent lang="ur" />
      <ReaderIslandsAfterHydration />
    </>
  );
}
