import { limits } from '@brisk/shared-contracts';
import { Button, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import styles from './search.module.css';

export interface SearchFormProps {
  initialQuery: string;
  onSearch: (query: string) => void;
}

export function SearchForm({ initialQuery, onSearch }: SearchFormProps) {
  const [query, setQuery] = useState(initialQuery);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(query.trim());
  }

  return (
    <form role="search" className={styles.form} onSubmit={handleSubmit}>
      <TextField
        className={styles.query}
        label="Search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        maxLength={limits.searchQueryMax}
        placeholder="Card titles and descriptions"
      />
      <Button type="submit" variant="primary">
        Search
      </Button>
    </form>
  );
}
