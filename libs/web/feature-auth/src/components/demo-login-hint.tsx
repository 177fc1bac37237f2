import { demoLoginQueryOptions } from '@brisk/web-data-access-api';
import { Button } from '@brisk/web-ui';
import { useQuery } from '@tanstack/react-query';
import styles from './auth-form.module.css';

export interface DemoLoginHintProps {
  onUse: (email: string, password: string) => void;
}

/** When this instance seeded the demo board, a first visitor can look around with its login instead of registering. */
export function DemoLoginHint({ onUse }: DemoLoginHintProps) {
  const { data: demo } = useQuery(demoLoginQueryOptions());
  if (!demo) return null;
  return (
    <div className={styles.demo} role="note" aria-label="Demo login">
      <p>
        Just looking? Log in as the demo user: <strong>{demo.email}</strong>, password <strong>{demo.password}</strong>.
      </p>
      <Button size="small" onClick={() => onUse(demo.email, demo.password)}>
        Fill in the demo login
      </Button>
    </div>
  );
}
