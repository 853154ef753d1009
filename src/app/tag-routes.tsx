import { Link } from 'react-router-dom';
import type { TagPlace } from '../features/hashtags/lib/site-tags.ts';
import { blockInArticlePath } from '../features/sharing/lib/share-link.ts';
import { pathOf } from '../lib/addresses.ts';
import { tagPagesText } from '../lib/tags-text.ts';
import { appText, archivePageText } from '../lib/ui-text.ts';
import { listText } from '../lib/list-text.ts';
import { Digits } from '../ui/digits.tsx';
import { PlaceArticleHeading, PlaceQuote } from '../ui/place-quote.tsx';
import { Pagination } from '../ui/pagination.tsx';
import type { TagPageData, TagsPageData } from './page-data.ts';
import styles from './tag-routes.module.css';

const tagPath = (label: string, page = 1) => pathOf({ kind: 'tag', label, page }) ?? '/tags';

const tagsPath = (page: number) => pathOf({ kind: 'tags', page }) ?? '/tags';

/** `/tags`, `/tags/page/<n>`: the archive's tags, most places first, a page of them at a time. */
export function TagsRoute({ data }: { data: TagsPageData }) {
  return (
    <section aria-labelledby="tags-title" className={styles.section}>
      <h1 id="tags-title">{archivePageText.tagsTitle}</h1>
      <p className={styles.intro}>
        {data.total === 0 ? (
          tagPagesText.tagsEmpty
        ) : (
          <>
            {tagPagesText.tagsDescription}{' '}
            <Digits>{(digits) => tagPagesText.tagsTotal(data.total, digits)}</Digits>
            {data.pageCount > 1 && (
              <>
                {' '}
                <Digits>{(digits) => `${listText.pageOf(data.page, data.pageCount, digits)}.`}</Digits>
              </>
            )}
          </>
        )}
      </p>
      <ul className={styles.tags}>
        {data.tags.map((tag) => (
          <li key={tag.key} className={styles.tag}>
            <Link to={tagPath(tag.label)} className={styles.tagLink}>
              <bdi>#{tag.label}</bdi>
            </Link>
            <span className={styles.count}>
              <Digits>{(digits) => tagPagesText.tagCount(tag.placeCount, tag.articleCount, digits)}</Digits>
            </span>
          </li>
        ))}
      </ul>
      <Pagination page={data.page} pageCount={data.pageCount} label={tagPagesText.tagsPagination} pathOfPage={tagsPath} />
    </section>
  );
}

function Place({ place }: { place: TagPlace }) {
  return (
    <li className={styles.place}>
      <PlaceQuote kind={place.kind} author={place.author} handle={place.handle} text={place.text} marks={place.marks} href={blockInArticlePath(place.slug, place.blockId)} />
    </li>
  );
}

/** The places of one page of a tag, grouped by article (an article's group may go on over a page). */
function groupByArticle(places: readonly TagPlace[]): { slug: string; headline: string; places: TagPlace[] }[] {
  const groups: { slug: string; headline: string; places: TagPlace[] }[] = [];
  for (const place of places) {
    const last = groups.at(-1);
    if (last && last.slug === place.slug) last.places.push(place);
    else groups.push({ slug: place.slug, headline: place.headline, places: [place] });
  }
  return groups;
}

/** `/tags/<tag>`: every paragraph and tweet of the archive that carries the tag or names its words. */
export function TagRoute({ data }: { data: TagPageData }) {
  return (
    <section aria-labelledby="tag-title" className={styles.section}>
      <h1 id="tag-title" className={styles.title}>
        <bdi>#{data.label}</bdi>
      </h1>
      <p className={styles.intro}>
        <Digits>{(digits) => tagPagesText.tagIntro(data.total, data.articleCount, digits)}</Digits>{' '}
        {data.pageCount > 1 && (
          <>
            <Digits>{(digits) => `${listText.pageOf(data.page, data.pageCount, digits)}.`}</Digits>{' '}
          </>
        )}
        <Link to={tagsPath(1)}>{appText.allTags}</Link>
      </p>
      {groupByArticle(data.places).map((group) => (
        <article key={`${group.slug}-${group.places[0]?.blockId ?? ''}`} className={styles.group} aria-labelledby={`tag-article-${group.slug}`}>
          <PlaceArticleHeading id={`tag-article-${group.slug}`} headline={group.headline} href={pathOf({ kind: 'article', slug: group.slug }) ?? '/'} />
          <ol className={styles.places}>
            {group.places.map((place) => (
              <Place key={place.blockId} place={place} />
            ))}
          </ol>
        </article>
      ))}
      <Pagination page={data.page} pageCount={data.pageCount} label={tagPagesText.pagination} pathOfPage={(page) => tagPath(data.label, page)} />
    </section>
  );
}
