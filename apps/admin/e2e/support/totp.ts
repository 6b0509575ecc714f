import { generate } from 'otplib';

const PERIOD_SECONDS = 30;

/**
 * An authenticator app for one secret. The API accepts the current 30-second step and one either side,
 * but never a step at or before the last one it accepted (no replay) — so each code is for a step after
 * the previous one: the current step, or the next (still accepted) one; only a third sign-in within the
 * same step waits for the clock.
 */
export class Authenticator {
  private lastStep = -1;
  readonly secret: string;

  constructor(secret: string) {
    this.secret = secret.replace(/\s+/g, '');
  }

  async nextCode(): Promise<string> {
    const currentStep = () => Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
    const step = Math.max(currentStep(), this.lastStep + 1);
    // A step more than one ahead of the server's clock is refused: wait until it is only one ahead.
    const notBefore = (step - 1) * PERIOD_SECONDS * 1000;
    if (Date.now() < notBefore) await new Promise((resolve) => setTimeout(resolve, notBefore - Date.now()));
    this.lastStep = step;
    return generate({ secret: this.secret, epoch: step * PERIOD_SECONDS });
  }

  /** A six-digit code that is not valid now (for the refused case). */
  async wrongCode(): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const valid = await Promise.all(
      [-2, -1, 0, 1, 2].map((offset) =>
        generate({ secret: this.secret, epoch: now + offset * PERIOD_SECONDS }),
      ),
    );
    for (let candidate = 0; ; candidate += 1) {
      const code = String(candidate).padStart(6, '0');
      if (!valid.includes(code)) return code;
    }
  }
}
