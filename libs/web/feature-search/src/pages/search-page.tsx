import { Page } from '@brisk/web-ui';
import { useSearchParams } from 'react-router';
import { SearchForm } from '../components/search-form.tsx';
import { SearchResults } from '../components/search-results.tsx';

/** The query lives in the URL (?q=), so a search can be bookmarked and Back returns to it. */
export function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';

  return (
    <Page title="Search">
      <SearchForm key={q} initialQuery={q} onSearch={(next) => setSearchParams(next ? { q: next } : {})} />
      {q && <SearchResults q={q} />}
    </Page>
  );
}
