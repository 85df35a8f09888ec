import { expect, test, type Page } from "@playwright/test";

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const navSignIn = (page: Page) => page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" });
const formAlert = (page: Page) => page.locator('form [role="alert"]');

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((c) => c.name.includes("next-auth.session-token"));
}

test("a new candidate signs up, is greeted, signs out and signs in again", async ({ page }) => {
  await signUp(page, "Grace Hopper", "grace@example.com", "cobol-1959");
  await expect(page.getByRole("heading", { name: "Welcome back, Grace Hopper!" })).toBeVisible();
  await expect(page).toHaveURL("/");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(navSignIn(page)).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();

  await signIn(page, "Grace@Example.com", "cobol-1959");
  await expect(page.getByRole("heading", { name: "Welcome back, Grace Hopper!" })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/signed-in-home.png" });
});

test("a demo account from the seed can sign in", async ({ page }) => {
  await signIn(page, "instructor@kubedojo.local", "kubedojo-instructor");
  await expect(page.getByRole("heading", { name: "Welcome back, Demo Instructor!" })).toBeVisible();
  await expect(page.getByText("(instructor)")).toBeVisible();
});

test("a wrong password shows an error and opens no session", async ({ page }) => {
  await signIn(page, "student@kubedojo.local", "not-the-password");
  await expect(formAlert(page)).toHaveText("That email and password do not match an account.");
  await expect(page).toHaveURL(/\/signin/);
  expect(await sessionCookie(page)).toBeUndefined();
  await page.goto("/");
  await expect(navSignIn(page)).toBeVisible();
});

test.describe("sign-up refuses bad input with a message on the form and writes nothing", () => {
  const cases = [
    { name: "a password under 8 characters", email: "short@example.com", password: "1234567", field: "Password", message: "Use at least 8 characters for your password." },
    { name: "a malformed email", email: "not-an-email", password: "long-enough-1", field: "Email", message: "Enter a valid email address, like you@example.com." },
    { name: "an email already taken", email: "student@kubedojo.local", password: "long-enough-2", field: "Email", message: "An account with this email already exists. Sign in instead." },
  ];
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await signUp(page, "Someone", c.email, c.password);
      await expect(page.getByText(c.message)).toBeVisible();
      await expect(page.getByLabel(c.field)).toHaveAttribute("aria-invalid", "true");
      expect(await sessionCookie(page)).toBeUndefined();
      // Nothing was written: these credentials open no account.
      await signIn(page, c.email, c.password);
      await expect(formAlert(page)).toHaveText("That email and password do not match an account.");
    });
  }
});
