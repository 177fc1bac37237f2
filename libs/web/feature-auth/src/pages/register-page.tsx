import { isApiError, fieldErrorsOf, registerAccount } from '@brisk/web-data-access-api';
import { limits } from '@brisk/shared-contracts';
import { Alert, Button, Page, Panel, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useSignIn } from '../api/use-sign-in.ts';
import { describeAuthError } from '../model/describe-auth-error.ts';
import styles from '../components/auth-form.module.css';

export function RegisterPage() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const register = useSignIn(registerAccount);
  const { search } = useLocation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.mutate({ name: name.trim(), email: email.trim(), password });
  }

  const formError = describeAuthError(register.error);
  const fieldErrors = fieldErrorsOf(register.error);
  const emailError = isApiError(register.error, 'EMAIL_TAKEN') ? 'Email already registered' : fieldErrors.email;
  return (
    <Page width="narrow" title="Create your account">
      <Panel>
        {/* The server's validation speaks for every client, so the browser's own bubbles are turned off. */}
        <form className={styles.form} onSubmit={handleSubmit} noValidate>
          {formError && <Alert>{formError}</Alert>}
          <TextField
            label="Name"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={limits.nameMax}
            error={fieldErrors.name}
          />
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            maxLength={limits.emailMax}
            error={emailError}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${limits.passwordMin} characters`}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            maxLength={limits.passwordMax}
            error={fieldErrors.password}
          />
          <Button type="submit" variant="primary" busy={register.isPending}>
            Create account
          </Button>
        </form>
      </Panel>
      <p className={styles.switch}>
        Already have an account? <Link to={`/login${search}`}>Log in</Link>
      </p>
    </Page>
  );
}
