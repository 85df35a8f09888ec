import { describe, expect, it } from "vitest";
import { jsonOk, unavailableWhenBusy } from "./responses";

describe("unavailableWhenBusy", () => {
  it("passes the route's answer through", async () => {
    const r = await unavailableWhenBusy(async () => jsonOk({ ok: 1 }, 202));
    expect(r.status).toBe(202);
    expect(await r.json()).toEqual({ ok: 1 });
  });

  it("answers 503 with Retry-After and a message when no transaction could start in time (Prisma P2028)", async () => {
    const busy = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    const r = await unavailableWhenBusy(async () => {
      throw busy;
    });
    expect(r.status).toBe(503);
    expect(r.headers.get("retry-after")).toBe("5");
    expect((await r.json()).message).toMatch(/busy.*try again/i);
  });

  it("rethrows any other error", async () => {
    const other = Object.assign(new Error("unique constraint"), { code: "P2002" });
    await expect(
      unavailableWhenBusy(async () => {
        throw other;
      }),
    ).rejects.toBe(other);
  });
});
