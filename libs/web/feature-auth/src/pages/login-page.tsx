import { limits } from '@brisk/shared-contracts';
import { fieldErrorsOf, logIn } from '@brisk/web-data-access-api';
import { Alert, Button, Page, Panel, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useSignIn } from '../api/use-sign-in.ts';
import { DemoLoginHint } from '../components/demo-login-hint.tsx';
import { describeAuthError } from '../model/describe-auth-error.ts';
import styles from '../components/auth-form.module.css';

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useSignIn(logIn);
  const { search } = useLocation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  const formError = describeAuthError(login.error);
  const fieldErrors = fieldErrorsOf(login.error);
  return (
    <Page width="narrow" title="Log in">
      <DemoLoginHint
        onUse={(demoEmail, demoPassword) => {
          setEmail(demoEmail);
          setPassword(demoPassword);
        }}
      />
      <Panel>
        {/* The server's validation speaks for every client, so the browser's own bubbles are turned off. */}
        <form className={styles.form} onSubmit={handleSubmit} noValidate>
          {formError && <Alert>{formError}</Alert>}
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            maxLength={limits.emailMax}
            error={fieldErrors.email}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            maxLength={limits.passwordMax}
            error={fieldErrors.password}
          />
          <Button type="submit" variant="primary" busy={login.isPending}>
            Log in
          </Button>
        </form>
      </Panel>
      <p className={styles.switch}>
        New to Brisk? <Link to={`/register${search}`}>Sign up</Link>
      </p>
    </Page>
  );
}
