
/** The ruled heading above each block of stories. */
export function SectionHeading({ id, children, href, level = 2 }: { id: string; children: React.ReactNode; href?: string; level?: 2 | 3 }) {
  const H = `h${level}` as const;
  return (
    <H id={id} className="border-b-2 border-brand-600 pb-1 font-serif text-xl font-bold md:text-2xl">
      {href ? (
        <a href={href} className="hover:text-brand-600 dark:hover:text-rose-300">
          {children}
        </a>
      ) : (
        children
      )}
    </H>
  );
}
