-- Hand-written Postgres equivalent of prisma/migrations/20261206030000_search_urdu_fold.
-- Urdu search (issue 20): the weighted search column indexes text folded as
-- readers' queries are (app/_lib/content/search-normalize.ts), with one
-- translate() generated from that module's table (IMMUTABLE, so the generated
-- column can use it). It also turns Urdu punctuation (، ۔ ؟ “ ” …) into spaces:
-- this database's parser, under the C locale, counts every non-ASCII character
-- as a letter and would glue it to the word. The edition filter is a plain
-- column test next to the visibility test (app/_lib/queries/search.ts).
-- Postgres 15 cannot change a generation expression in place: the column and
-- its index are made again (refilled from the rows as the column is added).
DROP INDEX "Article_searchVector_idx";
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('portal_search'::regconfig, translate(coalesce("title", ''), U&'\064a\0649\0643\0647\0629\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06f0\06f1\06f2\06f3\06f4\06f5\06f6\06f7\06f8\06f9\060c\061b\061f\06d4\066a\066b\066c\066d\2018\2019\201c\201d\00ab\00bb\2026\2013\2014\200c\200d\200e\200f\064b\064c\064d\064e\064f\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065a\065b\065c\065d\065e\065f\0670\0640', U&'\06cc\06cc\06a9\06c1\06c3\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020')), 'A') ||
    setweight(to_tsvector('portal_search'::regconfig, translate(coalesce("standfirst", ''), U&'\064a\0649\0643\0647\0629\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06f0\06f1\06f2\06f3\06f4\06f5\06f6\06f7\06f8\06f9\060c\061b\061f\06d4\066a\066b\066c\066d\2018\2019\201c\201d\00ab\00bb\2026\2013\2014\200c\200d\200e\200f\064b\064c\064d\064e\064f\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065a\065b\065c\065d\065e\065f\0670\0640', U&'\06cc\06cc\06a9\06c1\06c3\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020')), 'B') ||
    setweight(to_tsvector('portal_search'::regconfig, translate(coalesce("searchText", ''), U&'\064a\0649\0643\0647\0629\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06f0\06f1\06f2\06f3\06f4\06f5\06f6\06f7\06f8\06f9\060c\061b\061f\06d4\066a\066b\066c\066d\2018\2019\201c\201d\00ab\00bb\2026\2013\2014\200c\200d\200e\200f\064b\064c\064d\064e\064f\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065a\065b\065c\065d\065e\065f\0670\0640', U&'\06cc\06cc\06a9\06c1\06c3\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020\0020')), 'C')
) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
